--[[---
clause: TIMEOUT-2
description: when the deadline passes, with_timeout raises an error containing "timed out"
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local w = task.spawn(function()
  return pcall(task.with_timeout, tap.ms(30), function() task.sleep(tap.ms(10000)) end)
end)
local ok, e = w:join()
tap.is(ok, false, "with_timeout raised (TIMEOUT-2)")
tap.like(e, "timed out", "the error contains \"timed out\" (TIMEOUT-2)")
tap.cmp_ok(w:elapsed(), ">=", tap.ms(30), "not before the deadline (TIMEOUT-2)")
tap.cmp_ok(w:elapsed(), "<", tap.ms(5000), "long before the body's sleep would have ended (TIMEOUT-2)")

local after = task.spawn(function()
  pcall(task.with_timeout, tap.ms(10), function() task.sleep(tap.ms(10000)) end)
  local cancelled = task.current().cancelled
  task.sleep(tap.ms(5))
  return cancelled
end)
local okj, cancelled = pcall(after.join, after)
tap.is(okj, true, "the caller kept running after catching the timeout: it can still sleep (TIMEOUT-2)")
tap.is(cancelled, false, "the caller's own token was not cancelled (TIMEOUT-2)")
