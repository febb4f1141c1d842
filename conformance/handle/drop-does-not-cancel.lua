--[[---
clause: HANDLE-5
description: dropping every reference to a Handle never cancels or aborts its task
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
task.spawn(function()
  task.sleep(tap.ms(30))
  log("dropped task finished")
  log(task.current().cancelled and "cancelled" or "not cancelled")
end)
do
  local h = task.spawn(function() task.sleep(tap.ms(20)); log("dropped after a local scope") end)
  log(type(h.id)) -- the Handle is used, then goes out of scope
end
collectgarbage("collect")
collectgarbage("collect")
task.sleep(tap.ms(60))
collectgarbage("collect")
tap.ok(log:has("dropped task finished"), "a task whose Handle was never kept ran to completion (HANDLE-5)")
tap.ok(log:has("not cancelled"), "it was not cancelled by the collection (HANDLE-5)")
tap.ok(log:has("dropped after a local scope"), "nor was a task whose Handle went out of scope (HANDLE-5)")
tap.ok(log:has("number"), "that Handle was a live one (HANDLE-3)")
