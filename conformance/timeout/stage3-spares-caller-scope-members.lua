--[[---
clause: TIMEOUT-23, ABORT-7
description: stage 3 aborts only the with_timeout's own members - a sibling task the caller had spawned into its enclosing scope keeps running and finishes normally at its own time
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

-- born[x]: the caller's elapsed() when x was spawned, so that x's end
-- is read on the caller's clock: born[x] + x:elapsed().
local born = {}

tap.plan(4)

local D, T = tap.ms(50), tap.ms(120)
local sibling, outcome
local w
w = task.spawn(function()
  task.scope(function(s)
    sibling = s:spawn(function()
      local ok = pcall(task.sleep, T)
      return ok and "sibling slept" or "sibling cancelled"
    end)
    born[sibling] = w:elapsed()
    outcome = table.pack(pcall(task.with_timeout, D, function()
      while true do pcall(task.sleep, tap.ms(7)) end
    end, { grace_ms = 0 }))
  end)
end)
w:join()
tap.ok(not outcome[1] and tostring(outcome[2]):find("timed out", 1, true),
       "with_timeout raised \"timed out\" (TIMEOUT-2)")
tap.is(sibling:join(), "sibling slept",
       "the caller's other task was neither cancelled nor aborted (TIMEOUT-23, ABORT-7)")
tap.at(born[sibling] + sibling:elapsed(), T, "it finished at its own time (TIMEOUT-23)")
tap.at(w:elapsed(), T, "the enclosing scope drained when the sibling ended, not before")
