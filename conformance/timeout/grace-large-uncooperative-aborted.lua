--[[---
clause: TIMEOUT-4, TIMEOUT-5, TIMEOUT-22
description: with a larger grace, an uncooperative child is aborted only after the whole grace period
features: []
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

-- Real time: after the cancel the child never waits on a timer again.
local alive_at = {}
local child
local w = task.spawn(function()
  return pcall(task.with_timeout, tap.ms(20), function(s)
    child = s:spawn(function()
      while true do pcall(task.yield) end
    end)
    task.sleep(tap.ms(10000))
  end, { grace_ms = tap.ms(250) })
end)
task.sleep(tap.ms(150))
alive_at[1] = child:is_finished()
local ok, e = w:join()
tap.is(alive_at[1], false, "the child was still alive in the middle of the grace period (TIMEOUT-4)")
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout reports the timeout (TIMEOUT-2)")
local okc, ec = pcall(child.join, child)
tap.ok(not okc and tostring(ec):find("task aborted", 1, true), "the child was aborted (TIMEOUT-5)")
tap.cmp_ok(w:elapsed(), ">=", tap.ms(270) - 1, "after deadline + grace (TIMEOUT-4)")
tap.cmp_ok(w:elapsed(), "<=", tap.ms(270) + tap.late, "and within the lateness margin of it (TIMEOUT-5, TIMEOUT-22)")
