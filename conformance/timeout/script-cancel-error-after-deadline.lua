--[[---
clause: ERRORS-3, TIMEOUT-8
description: a body raising its own error("task cancelled", 0) after the deadline counts as the cancellation - the timeout is reported
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local ok, e = pcall(task.with_timeout, tap.ms(10), function()
  pcall(task.sleep, tap.ms(10000))
  error("task cancelled", 0)
end)
tap.is(ok, false, "with_timeout raised (TIMEOUT-2)")
tap.like(e, "timed out", "the timeout, not a re-raised body error (ERRORS-3, TIMEOUT-8)")
