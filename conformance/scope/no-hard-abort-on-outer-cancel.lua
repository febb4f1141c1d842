--[[---
clause: SCOPE-4, SCOPE-6
description: when an enclosing scope is cancelled, an inner scope still waits for its uncooperative children
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local res
task.scope(function(outer)
  outer:spawn(function()
    res = table.pack(pcall(task.scope, function(inner)
      inner:spawn(function()
        pcall(task.sleep, tap.ms(10000))
        for _ = 1, 5 do pcall(task.yield) end
        log("grandchild done")
      end)
      pcall(task.sleep, tap.ms(10000))
      log("inner body done")
      task.checkpoint()
    end))
    log("inner scope returned")
  end)
  task.sleep(tap.ms(10))
  outer:cancel()
end)
tap.is(res[1], false, "the inner scope raised (SCOPE-6)")
tap.ok(tap.is_cancel(res[2]), "the enclosing cancellation propagated (SCOPE-6)")
tap.ok(log:has("grandchild done"), "its child ran to completion after the cancel (SCOPE-4)")
tap.is(log:items()[log:len()], "inner scope returned", "the inner scope returned last (SCOPE-4)")
