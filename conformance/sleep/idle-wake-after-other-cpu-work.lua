--[[---
clause: SLEEP-1, SLEEP-7
description: real time - a sleep that began before another task's CPU work still ends near its own deadline once the loop is idle again, not that much later
features: []
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

-- A sleeps D; meanwhile B runs B_MS of CPU work without suspending (the
-- deadline cannot be handled then), then sleeps for long: from B_MS on the
-- loop is idle and A's timer is the next thing due.  A host that computes
-- its poll timeout from a clock read before B's work wakes A at
-- B_MS + D instead of D.
local D, B_MS = tap.ms(300), tap.ms(150)
local a = task.spawn(function() task.sleep(D) end)
local b
b = task.spawn(function()
  local stop = b:elapsed() + B_MS
  while b:elapsed() < stop do end
  pcall(task.sleep, tap.ms(60000))
end)
a:join()
tap.cmp_ok(a:elapsed(), ">=", D, "the sleep lasted at least its time (SLEEP-1)")
tap.should("SLEEP-7", function()
  tap.at(a:elapsed(), D,
         "it ended near its deadline, not D after the end of the other task's CPU work (SLEEP-7)")
end)
b:abort()
