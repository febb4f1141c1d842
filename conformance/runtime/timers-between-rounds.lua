--[[---
clause: RUNTIME-5, YIELD-4
description: a sleeper whose deadline passed is woken after a few scheduling rounds, while three tasks keep yielding
features: []
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

-- Real time: the yielders are always ready, so a virtual clock never moves.
local woke = false
local rounds_late = 0
local sleep_began  -- the sleeper's own elapsed() when its sleep began
local sleeper
sleeper = task.spawn(function()
  sleep_began = sleeper:elapsed()
  task.sleep(tap.ms(5))
  woke = true
end)
local ys = {}
for i = 1, 3 do
  ys[i] = task.spawn(function()
    local n = 0
    while not woke and n < 1000000 do
      n = n + 1
      -- Count the rounds the first yielder sees after the deadline is
      -- clearly past: from the start of the sleep, not from the spawn (a
      -- slow host may start the sleeper late), with 5 ms (scaled) for the
      -- granularity of a host's loop clock (libuv's may be the coarse
      -- clock, 4 ms on some kernels).
      if i == 1 and sleep_began and sleeper:elapsed() >= sleep_began + tap.ms(10) then
        rounds_late = rounds_late + 1
      end
      task.yield()
    end
  end)
end
for i = 1, 3 do ys[i]:join() end
tap.is(woke, true, "the sleeper woke while the others kept yielding (YIELD-4)")
tap.cmp_ok(rounds_late, "<=", 5, "within a few rounds of its deadline (RUNTIME-5)")
