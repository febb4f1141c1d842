--[[---
clause: DRIVER-4, ARGS-12
description: Scope:spawn with an unknown driver name is an argument error at opts' position; no task is created
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local ran = false
task.scope(function(s)
  tap.raises(function() s:spawn(function() ran = true end, { driver = "threads" }) end, "bad argument #2 to 'spawn'",
             "s:spawn(fn, {driver = \"threads\"}) (DRIVER-4, ARGS-12)")
  tap.raises(function() s:spawn(function() ran = true end, { driver = "Coroutine" }) end, "bad argument #2 to 'spawn'",
             "driver names are case-sensitive (DRIVER-4)")
  tap.raises(function() task.spawn(function() ran = true end, { driver = "" }) end, "bad argument #2 to 'spawn'",
             "the empty driver name (DRIVER-4)")
end)
tap.is(ran, false, "no function ran (DRIVER-4)")
