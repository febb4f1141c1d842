--[[---
clause: JOIN-1, JOIN-5
description: join suspends the joiner until the task ends, letting other tasks run meanwhile
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local target = task.spawn(function()
  log("target start")
  task.sleep(tap.ms(300))
  log("target end")
  return "result"
end)
local other = task.spawn(function()
  for i = 1, 3 do log("other " .. i); task.yield() end
end)
local r = target:join()
log("joined")
log:is({ "target start", "other 1", "other 2", "other 3", "target end", "joined" },
       "the main chunk's join waited for the end; others ran meanwhile (JOIN-1, JOIN-5)")
tap.is(r, "result", "and returned the result (JOIN-1)")
other:join()

local jlog = tap.log()
local late = task.spawn(function() task.sleep(tap.ms(20)); jlog("late done") end)
local waiter = task.spawn(function() late:join(); jlog("waiter resumed") end)
waiter:join()
jlog:is({ "late done", "waiter resumed" }, "a task joining another resumed only after it ended (JOIN-1)")
tap.cmp_ok(waiter:elapsed(), ">=", tap.ms(20), "the joiner waited at least the target's sleep (JOIN-1)")
