--[[---
clause: SCOPE-5, SCOPE-6
description: a scope cancelled both by itself and by an enclosing token does not absorb - the cancellation propagates
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local inner_res
task.scope(function(outer)
  inner_res = table.pack(pcall(task.scope, function(inner)
    outer:cancel()
    inner:cancel()
    task.checkpoint()
  end))
end)
tap.is(inner_res[1], false, "the inner scope raised although it cancelled itself (SCOPE-6)")
tap.ok(tap.is_cancel(inner_res[2]), "with the cancellation error (SCOPE-6)")

local h
task.scope(function(s)
  h = s:spawn(function()
    return pcall(task.scope, function(own)
      own:cancel()
      pcall(task.sleep, tap.ms(10000))
      task.sleep(tap.ms(10000))
    end)
  end)
  task.yield()
  s:cancel()
end)
local ok, e = h:join()
tap.is(ok, false, "in a task whose scope was cancelled from outside, the own-cancelled scope propagates (SCOPE-6)")
tap.ok(tap.is_cancel(e), "the cancellation error (SCOPE-6)")
