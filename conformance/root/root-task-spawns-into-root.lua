--[[---
clause: ROOT-3, SPAWN-7
description: a root task's own spawns attach to the root scope and are drained after the main chunk returns
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local grandchild_done = false
local parent = task.spawn(function()
  task.spawn(function()
    task.sleep(tap.ms(40))
    grandchild_done = true
    tap.pass("a grandchild of the root scope was drained after the main chunk returned (ROOT-3)")
  end)
  return "parent done"
end)
tap.is(parent:join(), "parent done", "the parent returned without waiting for its child (SPAWN-7)")
tap.is(grandchild_done, false, "the main chunk returns while the grandchild still sleeps (ROOT-3)")
