--[[---
clause: TIMEOUT-10, TIMEOUT-22
description: nested timeouts, outer shorter - the inner propagates "task cancelled", the outer reports "timed out"
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local inner_ok, inner_e
local w = task.spawn(function()
  return pcall(task.with_timeout, tap.ms(30), function()
    inner_ok, inner_e = pcall(task.with_timeout, tap.ms(5000), function()
      task.sleep(tap.ms(10000))
    end)
    error(inner_e, 0)
  end)
end)
local ok, e = w:join()
tap.is(inner_ok, false, "the inner with_timeout raised (TIMEOUT-10)")
tap.ok(tap.is_cancel(inner_e), "with the cancellation error (TIMEOUT-10)")
tap.unlike(inner_e, "timed out", "not a timeout: its own deadline had not fired (TIMEOUT-10)")
tap.ok(not ok and tostring(e):find("timed out", 1, true), "the outer one reports the timeout (TIMEOUT-10)")
tap.at(w:elapsed(), tap.ms(30), "at the outer deadline, not the inner one (TIMEOUT-10, TIMEOUT-22)")
