--[[---
clause: CANCEL-5, TOKEN-7
description: two tasks in the same scope each open their own scope; cancelling one cancels only that task's scope
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local sa
local a, b
task.scope(function(s)
  a = s:spawn(function()
    task.scope(function(x) sa = x; task.sleep(tap.ms(10000)) end)
    return "a after scope"
  end)
  b = s:spawn(function()
    return task.scope(function()
      task.sleep(tap.ms(60))
      return "b finished", task.current().cancelled
    end)
  end)
  task.sleep(tap.ms(10))
  sa:cancel()
  tap.is(s:token():is_cancelled(), false, "the enclosing scope is untouched (TOKEN-7)")
end)
tap.is(a:join(), "a after scope", "a's scope absorbed its cancel and a went on (SCOPE-5)")
local r, bc = b:join()
tap.is(r, "b finished", "b's sibling scope ran to completion (TOKEN-7)")
tap.is(bc, false, "and b was never cancelled (CANCEL-5)")
tap.cmp_ok(b:elapsed(), ">=", tap.ms(60), "b slept its full time (TOKEN-7)")
