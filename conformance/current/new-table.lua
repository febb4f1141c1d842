--[[---
clause: CURRENT-1
description: each current() call returns a new table; changing it changes nothing
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local h = task.spawn(function()
  local a = task.current()
  local b = task.current()
  local distinct = not rawequal(a, b)
  a.cancelled = true
  a.name = "changed"
  local c = task.current()
  return distinct, c.cancelled, c.name, pcall(task.checkpoint)
end, { name = "orig" })
local distinct, cancelled, name, ok = h:join()
tap.ok(distinct, "two calls returned distinct tables (CURRENT-1)")
tap.is(cancelled, false, "writing to one did not change the task's state (CURRENT-1)")
tap.is(name, "orig", "nor its name (CURRENT-1)")
tap.is(ok, true, "nor did it cancel the task (CURRENT-1)")
