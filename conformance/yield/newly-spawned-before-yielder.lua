--[[---
clause: YIELD-1, SPAWN-3
description: a task spawned before a yield runs before the yielder resumes
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local log = tap.log()
local h = task.spawn(function()
  task.spawn(function() log("child") end)
  task.yield()
  log("yielder")
end)
h:join()
log:is({ "child", "yielder" }, "the child ran before the yielder resumed (YIELD-1)")
local log2 = tap.log()
task.spawn(function() log2("x") end)
task.yield()
log2("main")
log2:is({ "x", "main" }, "in the main chunk too (YIELD-1)")
