--[[---
clause: JOIN-1, JOIN-4
description: join returns the very table the task returned, to every joiner
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local t = {}
local h = task.spawn(function() task.sleep(tap.ms(5)); return t end)
local j = task.spawn(function() return h:join() end)
tap.ok(rawequal(h:join(), t), "the same table (JOIN-1)")
tap.ok(rawequal(j:join(), t), "to a concurrent joiner too (JOIN-4)")
tap.ok(rawequal(h:join(), t), "and on a repeated join (JOIN-4)")
