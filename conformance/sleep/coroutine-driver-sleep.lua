--[[---
clause: SLEEP-1, DRIVER-14
description: std.task.sleep in a coroutine-driver task sleeps exactly as in async_fn, in the same deadline order
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local log = tap.log()
local a = task.spawn(function() task.sleep(tap.ms(30)); log("coroutine 30") end, { driver = "coroutine" })
local b = task.spawn(function() task.sleep(tap.ms(10)); log("async_fn 10") end)
local c = task.spawn(function() task.sleep(tap.ms(20)); log("coroutine 20") end, { driver = "coroutine" })
a:join(); b:join(); c:join()
log:is({ "async_fn 10", "coroutine 20", "coroutine 30" }, "deadline order across drivers (SLEEP-2, DRIVER-14)")
tap.cmp_ok(a:elapsed(), ">=", tap.ms(30), "the coroutine-driver sleep lasted its time (SLEEP-1)")
