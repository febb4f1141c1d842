--[[---
clause: SCOPE-20
description: scope(nil, fn) behaves as scope(fn)
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local name = "unset"
local r = task.scope(nil, function(s) name = s.name; return "ran" end)
tap.is(r, "ran", "the body ran and its result came back (SCOPE-20)")
tap.is(name, nil, "Scope.name is nil (SCOPE-20, SCOPE-10)")
local h
task.scope(nil, function(s) h = s:spawn(function() task.sleep(tap.ms(10)) end) end)
tap.ok(h:is_finished(), "it drained its child (SCOPE-20)")
