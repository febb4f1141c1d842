--[[---
clause: TIMEOUT-10, TIMEOUT-22
description: nested timeouts, inner shorter - the inner reports "timed out" and the outer carries on
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local inner_ok, inner_e, outer_cancelled
local w = task.spawn(function()
  return task.with_timeout(tap.ms(5000), function()
    inner_ok, inner_e = pcall(task.with_timeout, tap.ms(20), function()
      task.sleep(tap.ms(10000))
    end)
    outer_cancelled = task.current().cancelled
    task.sleep(tap.ms(5))
    return "outer finished"
  end)
end)
local ok, r = pcall(w.join, w)
tap.is(inner_ok, false, "the inner with_timeout raised (TIMEOUT-10)")
tap.like(inner_e, "timed out", "the inner one reports its timeout (TIMEOUT-10)")
tap.is(outer_cancelled, false, "the inner deadline did not cancel the outer body (TIMEOUT-10)")
tap.is(ok and r, "outer finished", "the outer with_timeout returned its body's result (TIMEOUT-10)")
tap.at(w:elapsed(), tap.ms(25),
       "the inner deadline plus the outer body's own 5 ms, long before the outer deadline (TIMEOUT-10, TIMEOUT-22)")
