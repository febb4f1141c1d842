--[[---
clause: SPAWN-4, SPAWN-3
description: children of different spawners start in global spawn order, after the fibers that were already ready
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(1)

local log = tap.log()
task.scope(function(s)
  s:spawn(function()
    task.spawn(function() log("a1") end)
    task.yield()
    task.spawn(function() log("a2") end)
  end)
  s:spawn(function()
    task.spawn(function() log("b1") end)
    task.yield()
    task.spawn(function() log("b2") end)
  end)
end)
log:is({ "a1", "b1", "a2", "b2" }, "children started in the order they were spawned (SPAWN-4)")
