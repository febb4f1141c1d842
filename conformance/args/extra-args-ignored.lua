--[[---
clause: ARGS-10
description: arguments beyond those the specification defines are ignored
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

tap.lives(function() task.sleep(1, "extra", {}) end, "sleep(ms, extra...) (ARGS-10)")
tap.lives(function() task.yield("extra") end, "yield(extra) (ARGS-10)")
tap.lives(function() task.checkpoint(1, 2, 3) end, "checkpoint(extra...) (ARGS-10)")
local h = task.spawn(function() return 1 end, nil, "extra")
tap.is(h:join("extra"), 1, "spawn and join with extra arguments (ARGS-10)")
tap.is(task.scope(nil, function() return 2 end, "extra"), 2, "scope with an extra argument (ARGS-10)")
tap.is(task.with_timeout(tap.ms(1000), function() return 3 end, nil, "extra"), 3,
       "with_timeout with an extra argument (ARGS-10)")
