--[[---
clause: SPAWN-7, SCOPE-2
description: a task spawned with std.task.spawn by a scope's child attaches to that scope
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local g
task.scope(function(s)
  s:spawn(function()
    g = task.spawn(function() task.sleep(tap.ms(40)); log("grandchild done") end)
    log("child done")
  end)
end)
log("scope returned")
log:is({ "child done", "grandchild done", "scope returned" },
       "the scope drained a grandchild its child spawned (SPAWN-7, SCOPE-2)")
tap.ok(g:is_finished(), "grandchild finished before the scope returned (SPAWN-7)")

local g2
task.scope(function(s)
  s:spawn(function()
    g2 = task.spawn(function() task.sleep(tap.ms(10000)) end)
  end)
  task.sleep(tap.ms(20))
  s:cancel()
end)
local ok, e = pcall(g2.join, g2)
tap.is(ok, false, "cancelling the scope ended the grandchild (SPAWN-7)")
tap.ok(tap.is_cancel(e), "with the cancellation error (SPAWN-7)")
