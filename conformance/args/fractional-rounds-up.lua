--[[---
clause: MS-3, SLEEP-4
description: a fractional ms rounds up - sleep(0.1) waits for the timer, it is not a yield
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

-- A (sleeping a fraction of a millisecond) and B (yielding once) start in
-- the same pass. Were A's sleep a yield, A would run first in the next pass;
-- as a timer of at least 1 ms it wakes, at the earliest, in the loop poll
-- after that pass, and a task woken by a timer queues behind B.
local function race(ms)
  local log = tap.log()
  local a = task.spawn(function() task.sleep(ms); log("A") end)
  local b = task.spawn(function() task.yield(); log("B") end)
  a:join()
  b:join()
  return log:str()
end

tap.is(race(tap.ms(0.1)), "B,A", "sleep(0.1) rounded up to a timer, not down to a yield (MS-3)")
tap.is(race(tap.ms(1e-9)), "B,A", "sleep(1e-9) too (MS-3)")
tap.is(race(tap.ms(0.5)), "B,A", "sleep(0.5) too (MS-3)")
tap.is(race(0), "A,B", "while sleep(0) is a yield (YIELD-3)")
