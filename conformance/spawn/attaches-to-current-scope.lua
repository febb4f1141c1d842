--[[---
clause: SPAWN-7, SCOPE-2
description: std.task.spawn inside a scope body attaches the child to that scope
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
local h
task.scope(function()
  h = task.spawn(function() task.sleep(tap.ms(30)); log("child done") end)
  log("body done")
end)
log("scope returned")
log:is({ "body done", "child done", "scope returned" },
       "the scope waited for a child spawned with std.task.spawn in its body (SPAWN-7)")
tap.ok(h:is_finished(), "the child had finished when the scope returned (SPAWN-7)")

local c
task.scope(function(s)
  c = task.spawn(function() task.sleep(tap.ms(10000)) end)
  task.yield()
  s:cancel()
end)
local ok, e = pcall(c.join, c)
tap.ok(not ok and tap.is_cancel(e),
       "Scope:cancel reached a child spawned with std.task.spawn in the body (SPAWN-7)")

local tlog = tap.log()
local t = task.spawn(function()
  task.scope(function()
    task.spawn(function() task.sleep(tap.ms(20)); tlog("grandchild done") end)
  end)
  tlog("task's scope returned")
end)
t:join()
tlog:is({ "grandchild done", "task's scope returned" },
        "inside a task, spawn in a scope body attaches to that scope (SPAWN-7)")
tap.ok(c:is_finished(), "cancelled child is finished (SPAWN-7)")
