--[[---
clause: ABORT-1, SPAWN-3
description: Handle:abort does not suspend the caller - no other task runs during the call
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local ran = false
local victim = task.spawn(function() task.sleep(tap.ms(10000)) end)
task.yield()
task.spawn(function() ran = true end)
victim:abort()
tap.is(ran, false, "a ready task did not run during abort() (ABORT-1)")
local fin = task.spawn(function() end)
task.yield()
fin:abort()
tap.is(ran, true, "it ran at the next suspension (SPAWN-3)")
