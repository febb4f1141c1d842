--[[---
clause: SPAWN-2
description: a spawned child never runs before spawn returns, in the main chunk and in a task
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
local h = task.spawn(function() log("child") end)
tap.is(log:len(), 0, "child did not start before spawn returned (SPAWN-2)")
tap.is(h:is_finished(), false, "child not finished when spawn returned (SPAWN-2)")
log("main")
task.yield()
log:is({ "main", "child" }, "child started at the spawner's next suspension point (SPAWN-2)")

local inner = tap.log()
local p = task.spawn(function()
  task.spawn(function() inner("grandchild") end)
  inner("parent after spawn")
  task.yield()
  inner("parent after yield")
end)
p:join()
inner:is({ "parent after spawn", "grandchild", "parent after yield" },
         "inside a task too, the child ran only once its spawner yielded (SPAWN-2)")

local s_log = tap.log()
task.scope(function(s)
  s:spawn(function() s_log("scope child") end)
  s_log("body after Scope:spawn")
end)
s_log:is({ "body after Scope:spawn", "scope child" },
         "Scope:spawn does not run the child before it returns either (SPAWN-2)")
