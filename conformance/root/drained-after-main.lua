--[[---
clause: ROOT-3
description: after the main chunk returns, the host drains the root scope (its test points count)
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

task.spawn(function()
  task.sleep(tap.ms(50))
  tap.pass("a root task still sleeping when the main chunk returned ran to completion (ROOT-3)")
  task.spawn(function()
    task.sleep(tap.ms(30))
    tap.pass("a task spawned after the main chunk returned was drained too (ROOT-3)")
  end)
end)
task.spawn(function()
  task.yield()
  task.yield()
  tap.pass("a root task that only yields ran after the main chunk returned (ROOT-3)")
end)
-- The main chunk returns here; the three points above come from the drain.
