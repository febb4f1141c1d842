--[[---
clause: TOKEN-7
description: cancelling an inner scope leaves the outer scope, its body and its other children untouched
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local sibling
local r = table.pack(task.scope(function(outer)
  sibling = outer:spawn(function() task.sleep(tap.ms(30)); return "sibling done" end)
  local inner_r = table.pack(task.scope(function(inner)
    inner:cancel()
    tap.is(outer:token():is_cancelled(), false, "inner:cancel() did not cancel the outer token (TOKEN-7)")
    task.checkpoint()
  end))
  tap.is(inner_r.n, 0, "the inner scope absorbed its own cancellation (SCOPE-5)")
  tap.is(outer:token():is_cancelled(), false, "the outer token is still live after the inner returned (TOKEN-7)")
  tap.lives(function() task.sleep(tap.ms(5)) end, "the outer body can still sleep (TOKEN-7)")
  return "outer done"
end))
tap.is(r[1], "outer done", "the outer scope returned its body's result (TOKEN-7)")
tap.is(sibling:join(), "sibling done", "the outer scope's other child was not cancelled (TOKEN-7)")
