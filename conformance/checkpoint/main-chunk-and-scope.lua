--[[---
clause: CHECKPOINT-1, CHECKPOINT-2
description: checkpoint in the main chunk returns while live and raises inside a cancelled scope body
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

tap.lives(function() for _ = 1, 100 do task.checkpoint() end end, "live: a hundred checkpoints return (CHECKPOINT-1)")
task.scope(function(s)
  s:cancel()
  tap.raises(function() task.checkpoint() end, "task cancelled", "cancelled: checkpoint raises (CHECKPOINT-2)")
  tap.raises(function() task.checkpoint() end, "task cancelled", "and raises again (CANCEL-3)")
end)
