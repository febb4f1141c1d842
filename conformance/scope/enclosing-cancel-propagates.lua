--[[---
clause: SCOPE-6, SCOPE-5
description: a cancellation coming from an enclosing scope propagates out of the inner scope
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local inner_ok, inner_e
local r = table.pack(pcall(task.scope, function(outer)
  inner_ok, inner_e = pcall(task.scope, function()
    outer:cancel()
    task.checkpoint()
  end)
  error(inner_e, 0)
end))
tap.is(inner_ok, false, "the inner scope raised (SCOPE-6)")
tap.ok(tap.is_cancel(inner_e), "with the cancellation error of the enclosing scope (SCOPE-6)")
tap.is(r[1], true, "the outer scope, whose own cancel it was, absorbed it (SCOPE-5)")
tap.is(r.n, 1, "returning no values (SCOPE-5)")

-- Both cancelled: an enclosing token is cancelled, so the inner scope does
-- not absorb even though it was cancelled itself.
local both_ok, both_e
pcall(task.scope, function(outer)
  both_ok, both_e = pcall(task.scope, function(inner)
    inner:cancel()
    outer:cancel()
    task.checkpoint()
  end)
end)
tap.is(both_ok, false, "inner scope with both itself and its parent cancelled raised (SCOPE-6)")
tap.ok(tap.is_cancel(both_e), "the cancellation error (SCOPE-6)")
