--[[---
clause: SPAWN-7, SCOPE-2
description: inside nested scopes of one task, std.task.spawn attaches to the innermost; the inner scope drains it
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local inner_child, outer_child
task.scope(function()
  outer_child = task.spawn(function() task.sleep(tap.ms(40)); log("outer child") end)
  task.scope(function()
    inner_child = task.spawn(function() task.sleep(tap.ms(20)); log("inner child") end)
  end)
  log("inner scope returned")
  tap.ok(inner_child:is_finished(), "the inner scope drained its child (SCOPE-2)")
  tap.is(outer_child:is_finished(), false, "not the outer scope's child (SPAWN-7)")
end)
log("outer scope returned")
log:is({ "inner child", "inner scope returned", "outer child", "outer scope returned" },
       "each scope drained the child spawned in it (SPAWN-7)")
tap.ok(outer_child:is_finished(), "the outer scope drained its own child (SCOPE-2)")
