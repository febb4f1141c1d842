--[[---
clause: SCOPE-8, SPAWN-7
description: a task started with Scope:spawn has that scope as its current scope - its own spawns attach there
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local grand
local saved
local helper = task.spawn(function()
  while saved == nil do task.sleep(tap.ms(2)) end
  saved:spawn(function()  -- from a task outside the scope
    grand = task.spawn(function() task.sleep(tap.ms(10000)) end)
    log("child spawned grandchild")
  end)
end)
task.scope(function(s)
  saved = s
  while grand == nil do task.sleep(tap.ms(2)) end
  s:cancel()
end)
log("scope returned")
helper:join()
tap.ok(grand:is_finished(), "the scope drained the grandchild (SPAWN-7)")
local ok, e = pcall(grand.join, grand)
tap.ok(not ok and tap.is_cancel(e), "the scope's cancel reached it: it was attached to the scope (SPAWN-7)")
log:is({ "child spawned grandchild", "scope returned" }, "in that order (SCOPE-8)")
tap.ok(helper:is_finished(), "the task that called Scope:spawn was not affected (SCOPE-8)")
