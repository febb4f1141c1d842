--[[---
clause: ARGS-6, HOST-11
description: the function name in argument errors is the std.task name however it is called - alias, pcall, field, table
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local s = task.sleep
tap.raises(function() s("x") end, "bad argument #1 to 'sleep'", "through a local alias (ARGS-6)")
local ok, e = pcall(task.sleep, "x")
tap.ok(not ok and tostring(e):find("bad argument #1 to 'sleep'", 1, true), "through pcall (ARGS-6)")
local t = { fn = task.spawn }
tap.raises(function() t.fn(42) end, "bad argument #1 to 'spawn'", "stored in another table (ARGS-6, HOST-11)")
local h = task.spawn(function() end)
local okj, ej = pcall(h.join, 42)
tap.ok(not okj and tostring(ej):find("bad argument #1 to 'join'", 1, true), "a method through pcall (ARGS-6)")
local wt = task.with_timeout
tap.raises(function() wt(-1, print) end, "bad argument #1 to 'with_timeout'", "with_timeout via an alias (ARGS-6)")
local tok = task.cancel_token()
local chk = tok.is_cancelled
tap.raises(function() chk("x") end, "bad argument #1 to 'is_cancelled'", "a token method via an alias (ARGS-6)")
