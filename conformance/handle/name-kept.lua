--[[---
clause: HANDLE-4
description: Handle.name is exactly the name given at spawn - empty, long or with spaces - and nil without one
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local long = string.rep("x", 1000)
tap.is(task.spawn(function() end, { name = "" }).name, "", "the empty string (HANDLE-4)")
tap.is(task.spawn(function() end, { name = long }).name, long, "a 1000-character name (HANDLE-4)")
tap.is(task.spawn(function() end, { name = "with spaces\tand tabs" }).name, "with spaces\tand tabs",
       "spaces and tabs (HANDLE-4)")
tap.is(task.spawn(function() end, {}).name, nil, "nil when opts has no name (HANDLE-4)")
