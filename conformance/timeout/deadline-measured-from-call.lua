--[[---
clause: TIMEOUT-2, TIMEOUT-3, TIMEOUT-22
description: the deadline is ms after the call - the body is cancelled no earlier than that
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local body_slept
local w = task.spawn(function()
  task.sleep(tap.ms(30))  -- time spent before the call does not count
  local start = task.spawn(function() end)
  local ok, e = pcall(task.with_timeout, tap.ms(40), function()
    local probe = task.spawn(function() pcall(task.sleep, tap.ms(10000)) end)
    pcall(probe.join, probe)
    body_slept = probe:elapsed()
    task.checkpoint()   -- raises the deadline's cancellation
  end)
  return ok, e, start
end)
local ok, e, start = w:join()
tap.is(ok, false, "with_timeout raised (TIMEOUT-2)")
tap.like(e, "timed out", "the timeout (TIMEOUT-2)")
tap.at(body_slept, tap.ms(40),
       "the body's child was cancelled ms after the call, not earlier, not later (TIMEOUT-3, TIMEOUT-22)")
tap.at(w:elapsed(), tap.ms(30) + tap.ms(40),
       "and with_timeout returned then, 30 + 40 ms after the task started (TIMEOUT-2, TIMEOUT-22)")
