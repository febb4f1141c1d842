--[[---
clause: TIMEOUT-1, ARGS-2
description: with_timeout accepts opts omitted, nil, an empty table, or a table without grace_ms
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local function body() return "ok" end
tap.is(task.with_timeout(tap.ms(5000), body), "ok", "without opts (TIMEOUT-1)")
tap.is(task.with_timeout(tap.ms(5000), body, nil), "ok", "opts = nil (TIMEOUT-1)")
tap.is(task.with_timeout(tap.ms(5000), body, {}), "ok", "opts = {} (TIMEOUT-1)")
tap.is(task.with_timeout(tap.ms(5000), body, { unrelated = true }), "ok", "opts without grace_ms (TIMEOUT-1)")
