--[[---
clause: ARGS-12
description: an invalid opts field is reported at the position of opts - #2 for spawn and s:spawn, #3 for with_timeout
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

tap.raises(function() task.spawn(print, { name = {} }) end, "bad argument #2 to 'spawn'", "spawn name (ARGS-12)")
tap.raises(function() task.spawn(print, { driver = "x" }) end, "bad argument #2 to 'spawn'", "spawn driver (ARGS-12)")
task.scope(function(s)
  tap.raises(function() s:spawn(print, { name = 1 }) end, "bad argument #2 to 'spawn'", "s:spawn name (ARGS-12)")
  tap.raises(function() s:spawn(print, { driver = false }) end, "bad argument #2 to 'spawn'",
             "s:spawn driver (ARGS-12)")
end)
tap.raises(function() task.with_timeout(1, print, { grace_ms = -5 }) end, "bad argument #3 to 'with_timeout'",
           "with_timeout grace_ms (ARGS-12)")
