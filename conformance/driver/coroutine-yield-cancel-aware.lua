--[[---
clause: DRIVER-2
description: in the coroutine driver a task-level coroutine.yield() is a yield that raises when cancelled
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
local a = task.spawn(function() for i = 1, 3 do log("A" .. i); coroutine.yield() end end,
                     { driver = "coroutine" })
local b = task.spawn(function() for i = 1, 3 do log("B" .. i); task.yield() end end)
a:join()
b:join()
log:is({ "A1", "B1", "A2", "B2", "A3", "B3" },
       "coroutine.yield() in the coroutine driver interleaves like yield (DRIVER-2)")

local r = {}
local plain
task.scope(function(s)
  s:spawn(function()
    pcall(task.sleep, tap.ms(10000))
    local ok1, e1 = pcall(coroutine.yield)
    local ok2, e2 = pcall(coroutine.yield)
    r.first = (not ok1) and tap.is_cancel(e1)
    r.second = (not ok2) and tap.is_cancel(e2)
  end, { driver = "coroutine" })
  plain = s:spawn(function()
    while true do coroutine.yield(); task.sleep(tap.ms(5)) end
  end, { driver = "coroutine" })
  task.sleep(tap.ms(20))
  s:cancel()
end)
tap.is(r.first, true, "in a cancelled task, coroutine.yield() raised the cancellation error (DRIVER-2)")
tap.is(r.second, true, "again after pcall swallowed it (DRIVER-2, CANCEL-3)")
local ok, e = pcall(plain.join, plain)
tap.is(ok, false, "a loop of coroutine.yield() ended with the cancellation (DRIVER-2)")
tap.ok(tap.is_cancel(e), "the cancellation error (DRIVER-2)")
