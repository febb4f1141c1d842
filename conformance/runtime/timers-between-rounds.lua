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
local sleeper = task.spawn(function() task.sleep(tap.ms(5)); woke = true end)
local ys = {}
for i = 1, 3 do
  ys[i] = task.spawn(function()
    local n = 0
    while not woke and n < 1000000 do
      n = n + 1
      -- Count the rounds the first yielder sees after the deadline is
      -- clearly past (1 ms margin for clock granularity).
      if i == 1 and sleeper:elapsed() >= tap.ms(5) + 1 then rounds_late = rounds_late + 1 end
      task.yield()
    end
  end)
end
for i = 1, 3 do ys[i]:join() end
tap.is(woke, true, "the sleeper woke while the others kept yielding (YIELD-4)")
tap.cmp_ok(rounds_late, "<=", 5, "within a few rounds of its deadline (RUNTIME-5)")
