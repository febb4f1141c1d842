--[[---
clause: SCOPE-2
description: a body returning at once leaves scope waiting for its slowest child; children finish in deadline order
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local r = task.scope(function(s)
  for _, d in ipairs({ 30, 10, 20 }) do
    s:spawn(function() task.sleep(tap.ms(d)); log("c" .. d) end)
  end
  log("body returns")
  return "result"
end)
log("scope returned")
tap.is(r, "result", "scope returned the body's result (SCOPE-1)")
log:is({ "body returns", "c10", "c20", "c30", "scope returned" },
       "scope returned only after its slowest child (SCOPE-2)")
local h = task.spawn(function()
  return task.scope(function(s)
    s:spawn(function() task.sleep(tap.ms(30)) end)
    return "in task"
  end)
end)
tap.is(h:join(), "in task", "in a task too (SCOPE-2)")
tap.cmp_ok(h:elapsed(), ">=", tap.ms(30), "the task's scope waited for the child's sleep (SCOPE-2)")
