--[[---
clause: ABORT-1
description: an abort is not an error the task can catch - code after its pcall never runs
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local h = task.spawn(function()
  local ok = pcall(task.sleep, tap.ms(10000))
  log("pcall returned " .. tostring(ok))
  task.sleep(tap.ms(10))
  log("still running")
end)
local target = task.spawn(function() task.sleep(tap.ms(10000)) end)
local j = task.spawn(function()
  local ok = pcall(target.join, target)
  log("join pcall returned " .. tostring(ok))
end)
task.sleep(tap.ms(10))
h:abort()
j:abort()
task.sleep(tap.ms(30))
tap.is(log:len(), 0, "neither pcall-protected sleep nor join returned into the aborted tasks (ABORT-1)")
tap.ok(h:is_finished() and j:is_finished(), "both aborted tasks are finished (ABORT-1)")
local ok, e = pcall(h.join, h)
tap.ok(not ok and tostring(e):find("task aborted", 1, true), "join reports the abort (ABORT-5)")
tap.unlike(e, "task cancelled", "an abort is not a cancellation (ABORT-5)")
target:abort()
