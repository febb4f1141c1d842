--[[---
clause: CANCEL-4, DRIVER-3
description: a coroutine-driver task sleeping in std.task.sleep or coroutine.yield(ms) wakes at once when cancelled
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local a, b
task.scope(function(s)
  a = s:spawn(function() task.sleep(tap.ms(10000)) end, { driver = "coroutine" })
  b = s:spawn(function() coroutine.yield(tap.ms(10000)) end, { driver = "coroutine" })
  task.sleep(tap.ms(20))
  s:cancel()
end)
local oka, ea = pcall(a.join, a)
tap.ok(not oka and tap.is_cancel(ea), "task.sleep in a coroutine-driver task raised the cancellation (CANCEL-4)")
local okb, eb = pcall(b.join, b)
tap.ok(not okb and tap.is_cancel(eb), "coroutine.yield(ms) raised the cancellation (CANCEL-4, DRIVER-3)")
tap.cmp_ok(a:elapsed(), "<", tap.ms(5000), "the first woke well before its deadline (CANCEL-4)")
tap.cmp_ok(b:elapsed(), "<", tap.ms(5000), "so did the second (CANCEL-4)")
