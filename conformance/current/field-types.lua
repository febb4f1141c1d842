--[[---
clause: CURRENT-5
description: current() has id (an integer equal to Handle.id), name (string or nil) and cancelled (a boolean)
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local a = task.spawn(function() return task.current() end, { name = "named" })
local b = task.spawn(function() return task.current() end)
local ca, cb = a:join(), b:join()
tap.is(math.type(ca.id), "integer", "id is an integer (CURRENT-5)")
tap.is(ca.id, a.id, "equal to Handle.id (CURRENT-5)")
tap.is(ca.name, "named", "name is the task's name (CURRENT-5)")
tap.is(cb.name, nil, "or nil (CURRENT-5)")
tap.ok(ca.cancelled == false and cb.cancelled == false, "cancelled is a boolean (CURRENT-5)")
