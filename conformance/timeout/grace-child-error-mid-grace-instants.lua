--[[---
clause: TIMEOUT-21, TIMEOUT-25, TIMEOUT-22, TIMEOUT-5
description: a child raising a real error in the middle of the grace period leaves the others their whole grace - a task outside finds the uncooperative child and body alive just before deadline + grace and aborted just after, and with_timeout reports the timeout then
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(7)

-- A root task raises `go` at deadline + grace / 2: the failing child waits
-- for it swallowing the cancellation, then raises. The probes look E
-- before and after deadline + grace (1 ms under the virtual clock, where
-- the instants are exact; tap.late in real time).
local D, G = tap.ms(100), tap.ms(400)
local E = tap.virtual() and 1 or tap.late
local function stubborn() while true do pcall(task.yield) end end
local go = false
local w, failer, other, born
w = task.spawn(function()
  return pcall(task.with_timeout, D, function(s)
    other = s:spawn(stubborn)
    failer = s:spawn(function()
      pcall(task.sleep, tap.ms(60000))
      while not go do pcall(task.yield) end
      error("child failed in the grace period", 0)
    end)
    born = w:elapsed()
    stubborn()
  end, { grace_ms = G })
end)
local seen = {}
task.spawn(function() task.sleep(D + G / 2); go = true end)
local probe = task.spawn(function()
  task.sleep(D + G - E)
  seen.before = { failer:is_finished(), other:is_finished() }
  task.sleep(D + G + E - w:elapsed())
  seen.after = other:is_finished()
end)
probe:join()
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true),
       "with_timeout raised \"timed out\": the child's failure did not change its outcome (TIMEOUT-21)")
local okf, ef = pcall(failer.join, failer)
tap.is_deeply({ okf, ef }, { false, "child failed in the grace period" },
              "the failing child's join delivers its error (TIMEOUT-21)")
tap.at(born + failer:elapsed(), D + G / 2, "it failed in the middle of the grace period")
tap.is_deeply(seen.before, { true, false },
              "just before deadline + grace the other child was still alive: the failure did not end the " ..
              "grace (TIMEOUT-25)")
tap.is(seen.after, true, "just after it, it was aborted (TIMEOUT-5, TIMEOUT-22)")
local oko, eo = pcall(other.join, other)
tap.ok(not oko and tostring(eo):find("task aborted", 1, true), "the other child was aborted (TIMEOUT-5)")
tap.at(w:elapsed(), D + G, "with_timeout returned at deadline + grace (TIMEOUT-22, TIMEOUT-25)")
