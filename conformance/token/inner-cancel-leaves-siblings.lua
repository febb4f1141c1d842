--[[---
clause: TOKEN-7
description: cancelling a scope opened by one child leaves the other children of the outer scope running
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local inner
local a, b
task.scope(function(s)
  a = s:spawn(function()
    task.scope(function(i) inner = i; task.sleep(tap.ms(10000)) end)
    return "a done"
  end)
  b = s:spawn(function() task.sleep(tap.ms(40)); return "b done", task.current().cancelled end)
  task.yield()
  inner:cancel()
end)
tap.is(a:join(), "a done", "the child whose own scope was cancelled went on after it (SCOPE-5)")
local r, c = b:join()
tap.is(r, "b done", "its sibling finished its sleep (TOKEN-7)")
tap.is(c, false, "and was never cancelled (TOKEN-7)")
tap.cmp_ok(b:elapsed(), ">=", tap.ms(40), "it slept its full time (TOKEN-7)")
