--[[---
clause: ABORT-1, ABORT-7, ABORT-13, JOIN-4
description: a task aborted while waiting in join never resumes; the joined task finishes and other joiners get its result
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
local target = task.spawn(function() task.sleep(tap.ms(40)); return "result" end)
local j1 = task.spawn(function() local r = target:join(); log("j1 got " .. r); return r end)
local j2 = task.spawn(function() local r = target:join(); log("j2 got " .. r); return r end)
task.sleep(tap.ms(5))
j1:abort()
tap.is(j2:join(), "result", "the other joiner got the result (JOIN-4)")
log:is({ "j2 got result" }, "the aborted joiner never resumed (ABORT-1)")
tap.is(target:join(), "result", "the target finished normally (ABORT-7)")
local ok, e = pcall(j1.join, j1)
tap.ok(not ok and tostring(e):find("task aborted", 1, true), "the aborted joiner reports \"task aborted\" (ABORT-5)")
tap.cmp_ok(target:elapsed(), ">=", tap.ms(40), "the target ran its full sleep (ABORT-7)")
