--[[---
clause: TIMEOUT-12, SCOPE-5
description: Scope:cancel of the with_timeout's own scope before the deadline is absorbed - no values, no error
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local w = task.spawn(function()
  return table.pack(pcall(task.with_timeout, tap.ms(5000), function(s)
    s:spawn(function() task.sleep(tap.ms(10000)) end)
    task.sleep(tap.ms(10))
    s:cancel()
    task.sleep(tap.ms(10000))
    return "unreached"
  end))
end)
local r = w:join()
tap.is(r[1], true, "with_timeout did not raise (TIMEOUT-12)")
tap.is(r.n, 1, "and returned no values (TIMEOUT-12)")
tap.unlike(tostring(r[2]), "timed out", "no timeout was reported (TIMEOUT-12)")
tap.cmp_ok(w:elapsed(), "<", tap.ms(4000), "it returned at the cancel, before the deadline (TIMEOUT-12)")
