--[[---
clause: TOKEN-2, TOKEN-6, SCOPE-6
description: cancelling an inner scope and then its outer one leaves both cancelled; the inner propagates the outer's cancellation
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local inner_res
local r = table.pack(pcall(task.scope, function(outer)
  inner_res = table.pack(pcall(task.scope, function(inner)
    inner:cancel()
    outer:cancel()
    tap.ok(inner:token():is_cancelled() and outer:token():is_cancelled(), "both tokens are cancelled (TOKEN-2)")
    task.checkpoint()
  end))
  task.checkpoint()
end))
tap.is(inner_res[1], false, "the inner scope did not absorb: an enclosing token is cancelled (SCOPE-6)")
tap.ok(tap.is_cancel(inner_res[2]), "it propagated the cancellation error (SCOPE-6)")
tap.ok(r[1] == true and r.n == 1, "the outer scope absorbed its own cancellation (SCOPE-5)")
