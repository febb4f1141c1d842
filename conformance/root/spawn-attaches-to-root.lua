--[[---
clause: ROOT-2
description: spawn outside any scope attaches to the root scope, which no scope of the main chunk owns
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local root_task = task.spawn(function()
  task.sleep(tap.ms(300))
  log("root task")
  return task.current().cancelled
end)
task.scope(function(s)
  s:spawn(function() task.sleep(tap.ms(10)); log("scope child") end)
  s:cancel()
end)
log("scope returned")
tap.is(root_task:is_finished(), false,
       "the scope did not wait for a task spawned at top level before it (ROOT-2)")
tap.is(root_task:join(), false, "the scope's cancel did not reach that root task (ROOT-2)")
log:is({ "scope returned", "root task" }, "the root task outlived the scope (ROOT-2)")

local later
task.spawn(function()
  later = task.spawn(function() task.sleep(tap.ms(20)); return "grandchild" end)
end):join()
tap.is(later:join(), "grandchild",
       "a task spawned by a root task outside any scope attaches to the root too (ROOT-2)")
