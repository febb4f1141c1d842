--[[---
clause: SPAWN-3, CHECKPOINT-1
description: non-suspending calls (checkpoint, Handle and token queries) never let a spawned child start
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local ran = false
local h = task.spawn(function() ran = true end)
for _ = 1, 1000 do task.checkpoint() end
tap.is(ran, false, "child not started while the main chunk ran checkpoint() (SPAWN-3)")

local sum = 0
for i = 1, 100000 do sum = sum + i end
local tok = task.cancel_token()
h:is_finished()
h:elapsed()
tok:is_cancelled()
task.current()
tok:check()
tap.is(ran, false,
       "child not started by computation or non-suspending std.task calls (SPAWN-3)")

task.yield()
tap.is(ran, true, "child started once the spawner yielded (SPAWN-3)")

local log = tap.log()
local t = task.spawn(function()
  task.spawn(function() log("grandchild") end)
  for _ = 1, 100 do task.checkpoint() end
  log("parent after 100 checkpoints")
  task.sleep(0)
  log("parent after sleep(0)")
end)
t:join()
tap.is(log:items()[1], "parent after 100 checkpoints",
       "inside a task, checkpoint() did not let the child start (SPAWN-3, CHECKPOINT-1)")
log:is({ "parent after 100 checkpoints", "grandchild", "parent after sleep(0)" },
       "the child started at the parent's first real suspension (SPAWN-3)")
