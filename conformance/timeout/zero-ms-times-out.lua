--[[---
clause: TIMEOUT-2, MS-4
description: with_timeout(0, fn) with a body that waits reports "timed out"; so does -0.0
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local ok, e = pcall(task.with_timeout, 0, function() task.sleep(tap.ms(10000)) end)
tap.is(ok, false, "with_timeout(0, ...) raised (TIMEOUT-2)")
tap.like(e, "timed out", "the timeout (TIMEOUT-2)")
local ok2, e2 = pcall(task.with_timeout, -0.0, function() task.sleep(tap.ms(10000)) end)
tap.is(ok2, false, "with_timeout(-0.0, ...) raised (MS-4)")
tap.like(e2, "timed out", "the timeout (MS-4)")
