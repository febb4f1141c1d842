--[[---
clause: SCOPE-19
description: tasks spawned into an enclosing scope from inside an inner one are not waited for by the inner scope
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local log = tap.log()
local outer_member
task.scope(function(outer)
  task.scope(function()
    outer_member = outer:spawn(function() task.sleep(tap.ms(40)); log("outer member done") end)
  end)
  log("inner returned")
  tap.is(outer_member:is_finished(), false, "the inner scope returned while the outer's member ran (SCOPE-19)")
end)
log:is({ "inner returned", "outer member done" }, "only the outer scope waited for it (SCOPE-19)")
tap.ok(outer_member:is_finished(), "the outer scope drained it (SCOPE-2)")
