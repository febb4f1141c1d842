--[[---
clause: TOKEN-10
description: cancel() returns no values and runs no fiber's code - the fibers it wakes run later, from the run queue
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
task.scope(function(s)
  s:spawn(function() pcall(task.sleep, tap.ms(10000)); log("woken") end)
  task.sleep(tap.ms(5))
  tap.is(select("#", s:cancel()), 0, "Scope:cancel() returns no values (TOKEN-10)")
  tap.is(log:len(), 0, "no woken fiber ran inside the call (TOKEN-10)")
  tap.is(select("#", s:token():cancel()), 0, "CancelToken:cancel() on it returns no values either (TOKEN-10)")
end)
tap.ok(log:has("woken"), "the woken fiber ran later (TOKEN-10)")
local st = task.cancel_token()
tap.is(select("#", st:cancel()), 0, "a standalone token's cancel() returns no values (TOKEN-10)")
