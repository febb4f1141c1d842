--[[---
clause: DRIVER-4
description: any driver name other than "async_fn" and "coroutine" is an error, and the function never runs
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local ran = false
local function f() ran = true end
tap.raises(function() task.spawn(f, { driver = "threads" }) end, nil,
           "spawn with driver = \"threads\" raised (DRIVER-4)")
tap.raises(function() task.spawn(f, { driver = "" }) end, nil,
           "an empty driver name raised (DRIVER-4)")
tap.raises(function() task.spawn(f, { driver = "async" }) end, nil,
           "a near miss raised (DRIVER-4)")
tap.raises(function() task.scope(function(s) s:spawn(f, { driver = "green" }) end) end, nil,
           "Scope:spawn with an unknown driver raised (DRIVER-4)")
task.sleep(0)
tap.is(ran, false, "the function never ran (DRIVER-4)")
