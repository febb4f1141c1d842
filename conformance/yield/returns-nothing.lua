--[[---
clause: YIELD-6, SLEEP-5, CHECKPOINT-1
description: yield, sleep and checkpoint return no values, in the main chunk and in tasks
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

tap.is(select("#", task.yield()), 0, "yield() in the main chunk (YIELD-6)")
tap.is(select("#", task.sleep(tap.ms(1))), 0, "sleep(ms) in the main chunk (SLEEP-5)")
tap.is(select("#", task.checkpoint()), 0, "checkpoint() in the main chunk (CHECKPOINT-1)")
local h = task.spawn(function()
  return select("#", task.yield()), select("#", task.sleep(0)), select("#", task.checkpoint())
end)
local a, b, c = h:join()
tap.is(a, 0, "yield() in a task (YIELD-6)")
tap.is(b, 0, "sleep(0) in a task (SLEEP-5)")
tap.is(c, 0, "checkpoint() in a task (CHECKPOINT-1)")
