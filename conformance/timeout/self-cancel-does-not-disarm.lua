--[[---
clause: TIMEOUT-17, TIMEOUT-8
description: a Scope:cancel before the deadline does not disarm it - if a child is still running when it fires, the timeout is reported
features: []
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

-- Real time: after the cancel the child never waits on a timer again.
local kid
local w = task.spawn(function()
  return pcall(task.with_timeout, tap.ms(40), function(s)
    kid = s:spawn(function() while true do pcall(task.yield) end end)
    task.sleep(tap.ms(5))
    s:cancel()
  end, { grace_ms = 0 })
end)
local ok, e = w:join()
tap.is(ok, false, "with_timeout raised (TIMEOUT-17)")
tap.like(e, "timed out", "the deadline fired during the drain and is reported (TIMEOUT-17)")
local okk, ek = pcall(kid.join, kid)
tap.ok(not okk and tostring(ek):find("task aborted", 1, true), "the uncooperative child was aborted (TIMEOUT-5)")
tap.cmp_ok(w:elapsed(), ">=", tap.ms(40), "at the deadline, not at the cancel (TIMEOUT-17)")
