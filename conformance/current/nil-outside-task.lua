--[[---
clause: CURRENT-2, ROOT-1
description: the main chunk is not a task - current() is nil there, in its scope bodies and after suspensions
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

tap.is(task.current(), nil, "current() in the main chunk is nil (CURRENT-2, ROOT-1)")
local in_scope = "unset"
task.scope(function() in_scope = task.current() end)
tap.is(in_scope, nil, "nil in a scope body of the main chunk (CURRENT-2)")
task.sleep(tap.ms(5))
task.yield()
tap.is(task.current(), nil, "still nil after the main chunk suspended (CURRENT-2)")
task.spawn(function() end):join()
tap.is(task.current(), nil, "still nil after joining a task (CURRENT-2)")
