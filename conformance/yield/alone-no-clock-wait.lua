--[[---
clause: YIELD-7
description: a fiber yielding while no other fiber is ready resumes without waiting for a pending timer
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local sleeper = task.spawn(function() task.sleep(tap.ms(3000)) end)
task.yield()
local before = sleeper:elapsed()
for _ = 1, 1000 do task.yield() end
local after = sleeper:elapsed()
tap.is(sleeper:is_finished(), false, "the sleeper's timer had not fired during the yields (YIELD-7)")
tap.cmp_ok(after - before, "<", tap.ms(2000), "a thousand lone yields did not wait for the clock (YIELD-7)")
sleeper:abort()
