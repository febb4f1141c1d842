--[[---
clause: HANDLE-2
description: elapsed() is milliseconds since spawn, grows while the task lives and is frozen once it ends
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(7)

local h = task.spawn(function() task.sleep(tap.ms(60)) end)
local e0 = h:elapsed()
tap.is(type(e0), "number", "elapsed() is a number (HANDLE-2)")
tap.cmp_ok(e0, ">=", 0, "not negative (HANDLE-2)")
task.sleep(tap.ms(20))
local e1 = h:elapsed()
tap.cmp_ok(e1, ">=", tap.ms(20), "it counts from spawn: >= the 20 ms slept since (HANDLE-2)")
h:join()
local e2 = h:elapsed()
tap.cmp_ok(e2, ">", e1, "it grew while the task lived (HANDLE-2)")
tap.cmp_ok(e2, ">=", tap.ms(60), "the final value covers the task's 60 ms sleep (HANDLE-2)")
task.sleep(tap.ms(30))
tap.is(h:elapsed(), e2, "frozen once the task ended (HANDLE-2)")

local a = task.spawn(function() task.sleep(tap.ms(10000)) end)
task.sleep(tap.ms(10))
a:abort()
pcall(a.join, a)
local ea = a:elapsed()
task.sleep(tap.ms(20))
tap.is(a:elapsed(), ea, "frozen after an abort too (HANDLE-2)")
