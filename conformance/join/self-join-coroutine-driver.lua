--[[---
clause: JOIN-3
description: self-join raises at once in a coroutine-driver task and in a scope body of the task
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local h
h = task.spawn(function()
  local ok1 = pcall(h.join, h)
  local ok2 = task.scope(function() return pcall(h.join, h) end)
  return ok1, ok2, "carried on"
end, { driver = "coroutine" })
local ok1, ok2, c = h:join()
tap.is(ok1, false, "self-join in a coroutine-driver task raised (JOIN-3)")
tap.is(ok2, false, "self-join in its scope body raised (JOIN-3)")
tap.is(c, "carried on", "the task carried on (JOIN-3)")
