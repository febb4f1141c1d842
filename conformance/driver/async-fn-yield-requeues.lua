--[[---
clause: DRIVER-1
description: in the async_fn driver a task-level coroutine.yield puts the task at the back of the run queue, like yield
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local log = tap.log()
local a = task.spawn(function() for i = 1, 3 do log("A" .. i); coroutine.yield() end end)
local b = task.spawn(function() for i = 1, 3 do log("B" .. i); task.yield() end end)
a:join()
b:join()
log:is({ "A1", "B1", "A2", "B2", "A3", "B3" },
       "coroutine.yield() interleaves with task.yield() in FIFO order (DRIVER-1)")

-- coroutine.yield(ms) is not a sleep in async_fn: the value is discarded.
local order = tap.log()
local y = task.spawn(function() coroutine.yield(tap.ms(5000)); order("yielder") end)
local s = task.spawn(function() task.sleep(tap.ms(20)); order("sleeper") end)
y:join()
s:join()
order:is({ "yielder", "sleeper" }, "coroutine.yield(5000) did not sleep in async_fn (DRIVER-1)")
tap.cmp_ok(y:elapsed(), "<", tap.ms(2500), "the yielder finished long before 5000 ms (DRIVER-1)")
