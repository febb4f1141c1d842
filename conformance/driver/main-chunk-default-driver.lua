--[[---
clause: DRIVER-12, DRIVER-1
description: the main chunk runs under the default driver - its coroutine.yield requeues it, discards values and is no checkpoint
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local log = tap.log()
task.spawn(function() log("task") end)
local n = select("#", coroutine.yield("discarded", 1))
log("main")
log:is({ "task", "main" }, "a top-level coroutine.yield let the ready task run (DRIVER-12)")
tap.is(n, 0, "it returned nothing (DRIVER-1)")
task.scope(function(s)
  s:cancel()
  tap.lives(function() coroutine.yield() end, "it is not a checkpoint (DRIVER-1)")
end)
