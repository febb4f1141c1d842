--[[---
clause: SPAWN-3
description: children of a body that never suspends start only when the scope begins to drain
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local log = tap.log()
task.scope(function(s)
  for i = 1, 3 do s:spawn(function() log("child " .. i) end) end
  task.checkpoint()
  log("body end")
end)
log:is({ "body end", "child 1", "child 2", "child 3" },
       "the body ran to its end before any child started (SPAWN-3)")
local log2 = tap.log()
local h = task.spawn(function()
  task.spawn(function() log2("grandchild") end)
  log2("parent end")
end)
h:join()
task.yield()
log2:is({ "parent end", "grandchild" }, "a task that never suspends runs to its end before its child starts (SPAWN-3)")
