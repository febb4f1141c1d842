--[[---
clause: HANDLE-1
description: is_finished is exactly false before start, while running and while waiting, and exactly true after the end
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local inside
local h
h = task.spawn(function() inside = h:is_finished(); task.sleep(tap.ms(10)) end)
tap.is(h:is_finished(), false, "not started: false (HANDLE-1)")
task.yield()
tap.is(inside, false, "running: false (HANDLE-1)")
tap.is(h:is_finished(), false, "sleeping: false (HANDLE-1)")
h:join()
tap.is(h:is_finished(), true, "after the end: true (HANDLE-1)")
