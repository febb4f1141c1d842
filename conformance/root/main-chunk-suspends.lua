--[[---
clause: ROOT-4
description: the main chunk may call every suspending function - sleep, yield, checkpoint, join, scope, with_timeout
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

tap.lives(function() task.sleep(tap.ms(5)) end, "sleep in the main chunk (ROOT-4)")
tap.lives(function() task.yield() end, "yield in the main chunk (ROOT-4)")
tap.lives(function() task.checkpoint() end, "checkpoint in the main chunk (ROOT-4)")
local h = task.spawn(function() task.sleep(tap.ms(10)); return "joined" end)
tap.is(h:join(), "joined", "join in the main chunk waits for the task (ROOT-4)")
tap.is(task.scope(function(s)
  s:spawn(function() task.sleep(tap.ms(5)) end)
  return "scoped"
end), "scoped", "scope in the main chunk (ROOT-4)")
tap.is(task.with_timeout(tap.ms(1000), function() task.sleep(tap.ms(5)); return "in time" end),
       "in time", "with_timeout in the main chunk (ROOT-4)")
