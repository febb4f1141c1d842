--[[---
clause: ROOT-5, ROOT-3
description: root tasks still running when the main chunk returns are not cancelled - their checkpoints and sleeps keep working
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

task.spawn(function()
  task.sleep(tap.ms(20))
  tap.is(task.current().cancelled, false, "after the main chunk returned, the root task is not cancelled (ROOT-5)")
  tap.lives(function() task.checkpoint(); task.yield(); task.sleep(tap.ms(1)) end,
            "its checkpoints pass (ROOT-5)")
end)
-- The main chunk returns here; both points come from the drain (ROOT-3).
