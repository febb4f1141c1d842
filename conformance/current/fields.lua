--[[---
clause: CURRENT-1
description: current() inside a task is a table with id, name and cancelled matching the task
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local c
local h = task.spawn(function() c = task.current() end, { name = "probe" })
h:join()
tap.is(type(c), "table", "current() in a task returns a table (CURRENT-1)")
tap.is(c.id, h.id, "its id is the Handle's id (CURRENT-1)")
tap.is(c.name, "probe", "its name is the task's name (CURRENT-1)")
tap.is(c.cancelled, false, "cancelled is the boolean false in a live task (CURRENT-1)")

local u
task.spawn(function() u = task.current() end):join()
tap.is(u.name, nil, "name is nil for an unnamed task (CURRENT-1)")
tap.is(math.type(u.id), "integer", "id is an integer (CURRENT-1)")
