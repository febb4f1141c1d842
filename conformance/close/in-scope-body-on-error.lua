--[[---
clause: CLOSE-1, SCOPE-3
description: a close variable declared in a scope body is closed once when the body raises, before the drain's children finish
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local log = tap.log()
pcall(task.scope, function(s)
  s:spawn(function() pcall(task.sleep, tap.ms(10000)); log("child ended") end)
  local _ <close> = setmetatable({}, { __close = function() log("body var closed") end })
  task.yield()
  error("body failed", 0)
end)
tap.is(log:len(), 2, "both events happened once (CLOSE-1)")
tap.ok(log:has("body var closed"), "the body's variable was closed (CLOSE-1)")
