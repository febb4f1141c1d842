--[[---
clause: TIMEOUT-7, SCOPE-3
description: a body raising before the deadline cancels and drains its children, then with_timeout re-raises the error, not a timeout
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local kid
local err = { "failure" }
local w = task.spawn(function()
  return pcall(task.with_timeout, tap.ms(3000), function(s)
    kid = s:spawn(function() task.sleep(tap.ms(10000)) end)
    task.sleep(tap.ms(5))
    error(err)
  end)
end)
local ok, e = w:join()
tap.is(ok, false, "with_timeout raised (TIMEOUT-7)")
tap.ok(rawequal(e, err), "the body's error value itself (TIMEOUT-7)")
local okk, ek = pcall(kid.join, kid)
tap.ok(not okk and tap.is_cancel(ek), "the child was cancelled by the body's failure (SCOPE-3)")
tap.cmp_ok(kid:elapsed(), "<", tap.ms(2000), "at once when the body raised, not at the deadline (SCOPE-3)")
tap.cmp_ok(w:elapsed(), "<", tap.ms(2000), "right after the drain, long before the deadline (TIMEOUT-7, SCOPE-3)")
