--[[---
clause: TIMEOUT-15
description: the deadline is armed at the call and never fires earlier - a body finishing just before it returns its results
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local cancelled_at
local w = task.spawn(function()
  return pcall(task.with_timeout, tap.ms(60), function(s)
    local probe = s:spawn(function() pcall(task.sleep, tap.ms(10000)) end)
    pcall(probe.join, probe)
    cancelled_at = probe:elapsed()
    task.checkpoint()
  end)
end)
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true), "the deadline fired (TIMEOUT-2)")
tap.cmp_ok(cancelled_at, ">=", tap.ms(60) - 1, "not before ms after the call (TIMEOUT-15)")
local r = task.with_timeout(tap.ms(400), function() task.sleep(tap.ms(20)); return "in time" end)
tap.is(r, "in time", "a body finishing well before its deadline returns its results (TIMEOUT-15)")
