--[[---
clause: YIELD-1, DRIVER-2, DRIVER-14
description: std.task.yield behaves the same in coroutine-driver and async_fn tasks, interleaving in one FIFO queue
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(1)

local log = tap.log()
local a = task.spawn(function() for i = 1, 3 do log("c" .. i); task.yield() end end, { driver = "coroutine" })
local b = task.spawn(function() for i = 1, 3 do log("a" .. i); task.yield() end end, { driver = "async_fn" })
a:join(); b:join()
log:is({ "c1", "a1", "c2", "a2", "c3", "a3" }, "both drivers' yields interleave round-robin (YIELD-1, DRIVER-14)")
