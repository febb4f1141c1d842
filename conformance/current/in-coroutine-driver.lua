--[[---
clause: CURRENT-1, CURRENT-4
description: current() in a coroutine-driver task, its scope bodies and its user coroutines reports that task
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local h
h = task.spawn(function()
  local a = task.current().id
  local b = task.scope(function() return task.current().id end)
  local c = coroutine.wrap(function() return task.current().id end)()
  return a, b, c
end, { driver = "coroutine", name = "co" })
local a, b, c = h:join()
tap.is(a, h.id, "at task level (CURRENT-1)")
tap.is(b, h.id, "in a scope body (CURRENT-4)")
tap.is(c, h.id, "in a user coroutine (CURRENT-4)")
