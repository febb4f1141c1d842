--[[---
clause: MS-10
description: 0 is accepted everywhere - sleep(0), with_timeout(0, fn), grace_ms = 0 and coroutine.yield(0)
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

tap.lives(function() task.sleep(0) end, "sleep(0) (MS-10)")
tap.is(task.with_timeout(0, function() return "ok" end), "ok",
       "with_timeout(0, fn) with a body that does not suspend (MS-10)")
tap.is(task.with_timeout(tap.ms(1000), function() return "ok" end, { grace_ms = 0 }), "ok", "grace_ms = 0 (MS-10)")
local h = task.spawn(function() return pcall(coroutine.yield, 0) end, { driver = "coroutine" })
tap.is(h:join(), true, "coroutine.yield(0) under the coroutine driver (MS-10)")
