--[[---
clause: ABORT-11, ABORT-6
description: a task that aborts itself and then returns or raises before suspending has finished normally with that outcome
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local a
a = task.spawn(function() a:abort(); return "returned anyway", 2 end)
local r = table.pack(pcall(a.join, a))
tap.is_deeply({ r[1], r[2], r[3] }, { true, "returned anyway", 2 }, "its results are its outcome (ABORT-11)")
local b
local err = { "raised anyway" }
b = task.spawn(function() b:abort(); error(err) end)
local ok, e = pcall(b.join, b)
tap.ok(not ok and rawequal(e, err), "its error is its outcome (ABORT-11)")
b:abort()
local ok2, e2 = pcall(b.join, b)
tap.ok(not ok2 and rawequal(e2, err), "a later abort changes nothing (ABORT-3)")
