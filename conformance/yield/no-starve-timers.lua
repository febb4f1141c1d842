--[[---
clause: YIELD-4
description: a task that yields in a loop never starves a sleeping task's timer
features: []
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

-- Needs real time: the spinner is always ready, so a virtual clock that only
-- jumps when every task waits on a timer would never reach the deadline.
local woke = false
local sleeper = task.spawn(function()
  task.sleep(tap.ms(20))
  woke = true
end)
local spins, gave_up = 0, false
local spinner = task.spawn(function()
  local t0 = os.clock()
  while not woke do
    spins = spins + 1
    task.yield()
    if os.clock() - t0 > 10 * tap.scale then gave_up = true; break end
  end
end)
spinner:join()
sleeper:join()
tap.is(gave_up, false, "the sleeper woke while another task kept yielding (YIELD-4)")
tap.ok(woke, "the sleeper ran to completion (YIELD-4)")
tap.ok(spins > 0, "the spinner did spin (YIELD-4)")

local woke2 = false
task.spawn(function() task.sleep(tap.ms(10)); woke2 = true end)
local t0 = os.clock()
while not woke2 and os.clock() - t0 < 10 * tap.scale do task.yield() end
tap.ok(woke2, "the main chunk yielding in a loop does not starve a timer either (YIELD-4)")
