--[[---
clause: JOIN-3
description: a task joining itself gets an error instead of hanging, and can carry on
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local h
h = task.spawn(function()
  local ok, e = pcall(h.join, h)
  task.sleep(tap.ms(5))
  return ok, e
end)
local ok, e = h:join()
tap.is(ok, false, "joining itself raised (JOIN-3)")
tap.ok(type(e) == "string" and #e > 0, "with an error message (JOIN-3)")
tap.ok(h:is_finished(), "the task went on and finished normally (JOIN-3)")

local s
s = task.spawn(function()
  return task.scope(function() return pcall(s.join, s) end)
end)
local ok2 = s:join()
tap.is(ok2, false, "joining itself from inside a scope body raised too (JOIN-3)")
