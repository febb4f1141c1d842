--[[---
clause: ARGS-15
description: the message of an unknown opts key names the key
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

tap.raises(function() task.spawn(print, { nmae = "x" }) end, "'nmae'", "spawn names 'nmae' (ARGS-15)")
task.scope(function(s)
  tap.raises(function() s:spawn(print, { drvier = "coroutine" }) end, "'drvier'", "s:spawn names 'drvier' (ARGS-15)")
end)
tap.raises(function() task.with_timeout(tap.ms(5000), print, { grace = 10 }) end, "'grace'",
           "with_timeout names 'grace' (ARGS-15)")
