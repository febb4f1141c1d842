--[[---
clause: SPAWN-5, HANDLE-4
description: opts.name is the task's name in Handle.name and current().name; nil without a name
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local seen
local h = task.spawn(function() seen = task.current().name end, { name = "worker-1" })
tap.is(h.name, "worker-1", "Handle.name is opts.name (SPAWN-5, HANDLE-4)")
h:join()
tap.is(seen, "worker-1", "current().name inside the task is opts.name (SPAWN-5)")
tap.is(h.name, "worker-1", "Handle.name unchanged after the task ended (HANDLE-4)")

local unseen = "unset"
local u = task.spawn(function() unseen = task.current().name end)
tap.is(u.name, nil, "Handle.name is nil when no name was given (HANDLE-4)")
u:join()
tap.is(unseen, nil, "current().name is nil when no name was given (SPAWN-5)")

local e = task.spawn(function() end, {})
tap.is(e.name, nil, "empty opts: no name (SPAWN-5)")
