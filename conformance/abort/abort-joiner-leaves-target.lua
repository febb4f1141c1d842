--[[---
clause: ABORT-7
description: aborting a task blocked in join, sleep or a scope drain affects no other task
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local target = task.spawn(function() task.sleep(tap.ms(30)); return "target done" end)
local joiner = task.spawn(function() return target:join() end)
local sibling = task.spawn(function() task.sleep(tap.ms(30)); return "sibling done" end)
task.sleep(tap.ms(5))
joiner:abort()
tap.is(target:join(), "target done", "the joined task completed normally (ABORT-7)")
tap.is(sibling:join(), "sibling done", "an unrelated sleeping task completed normally (ABORT-7)")
local ok, e = pcall(joiner.join, joiner)
tap.ok(not ok and tostring(e):find("task aborted", 1, true), "only the joiner was aborted (ABORT-5)")

local parent_scope_child
local r = task.scope(function(s)
  local doomed = s:spawn(function() task.sleep(tap.ms(10000)) end)
  parent_scope_child = s:spawn(function() task.sleep(tap.ms(20)); return "kept" end)
  task.yield()
  doomed:abort()
  return "scope fine"
end)
tap.ok(r == "scope fine" and parent_scope_child:join() == "kept",
       "aborting one child neither cancels its scope nor its siblings (ABORT-7)")
