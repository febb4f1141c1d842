--[[---
clause: SLEEP-8, SLEEP-1
description: sleep in the main chunk suspends only the main chunk - tasks keep running and sleeping meanwhile
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local ticks = 0
local h = task.spawn(function()
  for _ = 1, 5 do task.sleep(tap.ms(2)); ticks = ticks + 1 end
  return "ticked"
end)
local probe = task.spawn(function() end)
task.sleep(tap.ms(60))
tap.is(ticks, 5, "a task slept and ran five times while the main chunk slept (SLEEP-8)")
tap.is(h:join(), "ticked", "it finished (SLEEP-8)")
tap.cmp_ok(probe:elapsed(), ">=", 0, "elapsed is readable after the main chunk's sleep (HANDLE-2)")
