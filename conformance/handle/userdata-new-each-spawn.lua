--[[---
clause: HANDLE-6
description: every spawn and Scope:spawn returns a new userdata Handle
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local f = function() end
local a, b = task.spawn(f), task.spawn(f)
tap.is(type(a), "userdata", "a Handle is a userdata (HANDLE-6)")
tap.ok(not rawequal(a, b), "two spawns of the same function give two Handles (HANDLE-6)")
local c
task.scope(function(s) c = s:spawn(f) end)
tap.ok(type(c) == "userdata" and not rawequal(c, a), "Scope:spawn returns a new one too (HANDLE-6)")
