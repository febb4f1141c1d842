--[[---
clause: TOKEN-6, CANCEL-5
description: cancelling an outer scope cancels every scope opened inside it, in the body and in children
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local child_inner
local r = table.pack(pcall(task.scope, function(outer)
  local child = outer:spawn(function()
    task.scope(function(ci)
      child_inner = ci:token()
      task.sleep(tap.ms(10000))
    end)
  end)
  local ok, e = pcall(task.scope, function(inner)
    local itok = inner:token()
    tap.is(itok:is_cancelled(), false, "the inner token starts uncancelled (TOKEN-6)")
    task.yield() -- let the child open its own scope
    outer:cancel()
    tap.is(itok:is_cancelled(), true, "outer:cancel() cancelled the inner scope's token (TOKEN-6)")
    tap.is(child_inner:is_cancelled(), true,
           "and the token of a scope a child opened inside it (TOKEN-6)")
    task.checkpoint()
  end)
  tap.ok(not ok and tap.is_cancel(e), "the inner scope propagated the cancellation (SCOPE-6)")
  local okc, ec = pcall(child.join, child)
  tap.ok(not okc and tap.is_cancel(ec), "the child sleeping in its own scope was cancelled (TOKEN-6)")
  error(e, 0)
end))
tap.is(r[1], true, "the outer scope absorbed its own cancellation (SCOPE-5)")
