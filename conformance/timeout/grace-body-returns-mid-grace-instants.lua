--[[---
clause: TIMEOUT-4, TIMEOUT-8, TIMEOUT-22, TIMEOUT-25
description: a body that returns in the middle of the grace period neither ends nor restarts the grace - a task outside finds the uncooperative child alive just before deadline + grace and aborted just after, and with_timeout reports the timeout then
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

-- A root task raises `go` at deadline + grace / 2: the body swallows the
-- cancellation until then, and returns. The probes look E before and after
-- deadline + grace (1 ms under the virtual clock, where the instants are
-- exact; tap.late in real time, less than grace / 2).
local D, G = tap.ms(100), tap.ms(240)
local E = tap.virtual() and 1 or tap.late
local go = false
local w, child, body_end
w = task.spawn(function()
  return pcall(task.with_timeout, D, function(s)
    child = s:spawn(function() while true do pcall(task.yield) end end)
    pcall(task.sleep, tap.ms(60000))
    while not go do pcall(task.yield) end
    body_end = w:elapsed()
    return "body returned"
  end, { grace_ms = G })
end)
task.spawn(function() task.sleep(D + G / 2); go = true end)
local seen = {}
local probe = task.spawn(function()
  task.sleep(D + G - E)
  seen.before = child:is_finished()
  task.sleep(D + G + E - w:elapsed())
  seen.after = child:is_finished()
end)
probe:join()
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true),
       "with_timeout raised \"timed out\" though the body returned (TIMEOUT-8)")
tap.at(body_end, D + G / 2, "the body returned in the middle of the grace period")
tap.is(seen.before, false, "just before deadline + grace the child was alive (TIMEOUT-4)")
tap.is(seen.after, true,
       "just after it, it was aborted: the grace was neither cut short nor restarted when the body " ..
       "returned (TIMEOUT-25)")
local okc, ec = pcall(child.join, child)
tap.ok(not okc and tostring(ec):find("task aborted", 1, true), "the child was aborted (TIMEOUT-5)")
tap.at(w:elapsed(), D + G, "with_timeout returned at deadline + grace (TIMEOUT-22)")
