--[[---
clause: CHECKPOINT-1
description: checkpoint never switches tasks and returns normally when not cancelled
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local ran = false
task.spawn(function() ran = true end)
tap.lives(function() for _ = 1, 10000 do task.checkpoint() end end,
          "10000 checkpoints in the main chunk return normally (CHECKPOINT-1)")
tap.is(ran, false, "no ready task ran during them (CHECKPOINT-1)")
task.yield()
tap.is(ran, true, "the ready task ran at the next yield (CHECKPOINT-1)")

local log = tap.log()
local a = task.spawn(function()
  log("a1"); task.checkpoint(); log("a2"); task.checkpoint(); log("a3")
end)
local b = task.spawn(function()
  log("b1"); task.checkpoint(); log("b2")
end)
a:join()
b:join()
log:is({ "a1", "a2", "a3", "b1", "b2" },
       "tasks calling checkpoint ran without interleaving (CHECKPOINT-1)")

local inside = task.spawn(function()
  task.scope(function() task.checkpoint() end)
  return "fine"
end)
tap.is(inside:join(), "fine", "checkpoint in a scope body of a task returns normally (CHECKPOINT-1)")
