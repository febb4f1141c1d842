--[[---
clause: TIMEOUT-4, TIMEOUT-5, TIMEOUT-22
description: with a small grace, a body that swallows every cancellation is aborted once the grace period is over
features: []
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

-- Real time: after the cancel the body never waits on a timer again.
local log = tap.log()
local child
local w = task.spawn(function()
  return pcall(task.with_timeout, tap.ms(20), function(s)
    child = s:spawn(function()
      pcall(task.sleep, tap.ms(10000))
      log("child cleanup")
      return "child done"
    end)
    local _ <close> = setmetatable({}, { __close = function() log("body closed") end })
    while true do pcall(task.yield) end
  end, { grace_ms = tap.ms(60) })
end)
local ok, e = w:join()
tap.is(ok, false, "with_timeout raised (TIMEOUT-2)")
tap.like(e, "timed out", "the timeout (TIMEOUT-2)")
tap.is(child:join(), "child done", "the cooperative child finished normally in the grace period (TIMEOUT-4)")
log:is({ "child cleanup", "body closed" },
       "the body was aborted after the child finished, its <close> run once (TIMEOUT-5)")
tap.cmp_ok(w:elapsed(), ">=", tap.ms(80) - 1, "not before deadline + grace (TIMEOUT-4)")
tap.cmp_ok(w:elapsed(), "<=", tap.ms(80) + tap.late,
           "within the lateness margin of deadline + grace (TIMEOUT-5, TIMEOUT-22)")
