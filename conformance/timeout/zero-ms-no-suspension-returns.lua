--[[---
clause: TIMEOUT-16, MS-10
description: with_timeout(0, fn) whose body (and children) finish without the fiber suspending returns the results
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local r = table.pack(task.with_timeout(0, function() return "done", 2 end))
tap.is_deeply({ r.n, r[1], r[2] }, { 2, "done", 2 }, "ms = 0 and a body that never suspends: results (TIMEOUT-16)")
local h = task.spawn(function() return task.with_timeout(0, function() return task.current().id end) end)
tap.is(h:join(), h.id, "in a task too (TIMEOUT-16)")
local r2 = task.with_timeout(-0.0, function() return "minus zero" end)
tap.is(r2, "minus zero", "ms = -0.0 as well (MS-4, TIMEOUT-16)")
