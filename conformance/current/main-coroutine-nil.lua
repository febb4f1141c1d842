--[[---
clause: CURRENT-2
description: current() is nil in user coroutines of the main chunk and in with_timeout bodies it runs
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

tap.is(coroutine.wrap(function() return task.current() end)(), nil, "in a user coroutine of the main chunk (CURRENT-2)")
tap.is(task.with_timeout(tap.ms(5000), function() return task.current() end), nil,
       "in a with_timeout body of the main chunk (CURRENT-2)")
tap.is(task.scope(function() return coroutine.wrap(function() return task.current() end)() end), nil,
       "in a coroutine inside a scope body of the main chunk (CURRENT-2)")
