--[[---
clause: ABORT-16, ABORT-5
description: the error join raises for an aborted task is a string containing "task aborted"
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local h = task.spawn(function() task.sleep(tap.ms(10000)) end)
task.yield()
h:abort()
local ok, e = pcall(h.join, h)
tap.is(ok, false, "join raised (ABORT-5)")
tap.is(type(e), "string", "a string (ABORT-16)")
tap.like(e, "task aborted", "containing \"task aborted\" (ABORT-5)")
