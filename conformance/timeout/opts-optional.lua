--[[---
clause: TIMEOUT-1, ARGS-2, ARGS-16
description: with_timeout accepts opts omitted, nil or an empty table, and rejects a table with a key other than grace_ms
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
tap.raises(function() task.with_timeout(tap.ms(5000), body, { unrelated = true }) end,
           "bad argument #3 to 'with_timeout'", "opts with an unknown key (ARGS-16)")
