--[[---
clause: ABORT-1, HANDLE-2
description: an aborted task's elapsed() is frozen from the abort on, and its is_finished() is true
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local h = task.spawn(function() task.sleep(tap.ms(10000)) end)
task.sleep(tap.ms(10))
h:abort()
task.sleep(tap.ms(5))
local e1 = h:elapsed()
task.sleep(tap.ms(30))
tap.is(h:elapsed(), e1, "elapsed no longer grows (HANDLE-2)")
tap.cmp_ok(e1, "<", tap.ms(5000), "it stopped at the abort, not at the sleep's deadline (ABORT-1)")
tap.is(h:is_finished(), true, "is_finished is true (HANDLE-1)")
