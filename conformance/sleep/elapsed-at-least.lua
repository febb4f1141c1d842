--[[---
clause: SLEEP-1, HANDLE-2
description: a task sleeping ms milliseconds wakes no earlier than ms after it started
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local h = task.spawn(function() task.sleep(tap.ms(50)) end)
h:join()
tap.cmp_ok(h:elapsed(), ">=", tap.ms(50), "sleep(50) lasted at least 50 ms (SLEEP-1)")

local inside
local h2
h2 = task.spawn(function()
  local before = h2:elapsed()
  task.sleep(tap.ms(30))
  inside = h2:elapsed() - before
end)
h2:join()
tap.cmp_ok(inside, ">=", tap.ms(30), "measured across the sleep from inside the task: >= 30 ms (SLEEP-1)")

local seq = task.spawn(function()
  task.sleep(tap.ms(20))
  task.sleep(tap.ms(20))
  task.sleep(tap.ms(20))
end)
seq:join()
tap.cmp_ok(seq:elapsed(), ">=", tap.ms(60), "three sleeps of 20 ms in a row took at least 60 ms (SLEEP-1)")

local frac = task.spawn(function() task.sleep(tap.ms(25.5)) end)
frac:join()
tap.cmp_ok(frac:elapsed(), ">=", tap.ms(25.5), "a fractional sleep is not cut short (SLEEP-1, MS-3)")
