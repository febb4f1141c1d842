--[[---
clause: SCOPE-8, SCOPE-2
description: Scope:spawn is allowed while the scope drains, and the drain waits for the new child too
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local late, outsider_child
local saved
local outsider = task.spawn(function()
  task.sleep(tap.ms(20))
  outsider_child = saved:spawn(function() task.sleep(tap.ms(30)); log("outsider's child") end)
end)
task.scope(function(s)
  saved = s
  s:spawn(function()
    task.sleep(tap.ms(10))
    late = s:spawn(function() task.sleep(tap.ms(10)); log("late child") end)
  end)
  s:spawn(function() task.sleep(tap.ms(40)) end) -- keeps the scope open
  log("body returned")
end)
log("scope returned")
outsider:join()
log:is({ "body returned", "late child", "outsider's child", "scope returned" },
       "children spawned during the drain were drained too (SCOPE-8, SCOPE-2)")
tap.ok(late and late:is_finished(), "a child spawned by a child during the drain finished (SCOPE-8)")
tap.ok(outsider_child and outsider_child:is_finished(),
       "a child spawned by an outside task during the drain finished (SCOPE-8)")
tap.raises(function() saved:spawn(function() end) end, "scope is closed",
           "once returned, the scope refuses new children (SCOPE-9)")
