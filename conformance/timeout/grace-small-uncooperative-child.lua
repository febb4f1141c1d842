--[[---
clause: TIMEOUT-4, TIMEOUT-5, TIMEOUT-22
description: with a small grace, a child that swallows every cancellation is aborted once the grace period is over
features: []
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

-- Real time: after the cancel the child never waits on a timer again.
local child
local body_done = false
local w = task.spawn(function()
  return pcall(task.with_timeout, tap.ms(20), function(s)
    child = s:spawn(function()
      while true do pcall(task.sleep, tap.ms(1)) end
    end)
    pcall(task.sleep, tap.ms(10000))
    body_done = true
  end, { grace_ms = tap.ms(60) })
end)
local ok, e = w:join()
tap.is(ok, false, "with_timeout raised (TIMEOUT-2)")
tap.like(e, "timed out", "the timeout (TIMEOUT-2)")
tap.is(body_done, true, "the cooperative body finished during the grace period (TIMEOUT-4)")
local okc, ec = pcall(child.join, child)
tap.ok(not okc and tostring(ec):find("task aborted", 1, true), "the uncooperative child was aborted (TIMEOUT-5)")
tap.cmp_ok(w:elapsed(), ">=", tap.ms(80) - 1, "not before deadline + grace (TIMEOUT-4)")
tap.cmp_ok(w:elapsed(), "<=", tap.ms(80) + tap.late,
           "within the lateness margin of deadline + grace (TIMEOUT-5, TIMEOUT-22)")
