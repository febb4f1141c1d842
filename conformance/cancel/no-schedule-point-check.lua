--[[---
clause: CANCEL-9, TOKEN-4, CHECKPOINT-1
description: checkpoint and CancelToken:check raise at once when cancelled - they never switch to another fiber
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

task.scope(function(s)
  s:cancel()
  local ran = false
  task.spawn(function() ran = true end)
  local ok = pcall(task.checkpoint)
  tap.is(ok, false, "checkpoint raised (CHECKPOINT-2)")
  tap.is(ran, false, "without letting the ready task run (CANCEL-9)")
  local ok2 = pcall(s:token().check, s:token())
  tap.is(ok2, false, "CancelToken:check raised (TOKEN-4)")
  tap.is(ran, false, "without letting the ready task run either (CANCEL-9)")
end)
