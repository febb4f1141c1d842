--[[---
clause: ABORT-18, ABORT-19
description: optional preempt - a task aborted in a non-suspending loop ends within a bounded delay, closes its variables and reports "task aborted"
features: [preempt]
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

if not tap.needs("preempt") then return end
tap.plan(3)

local closed = 0
local spinner = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function() closed = closed + 1 end })
  while true do end
end)
local killer = task.spawn(function() spinner:abort() end)
local w = task.spawn(function()
  return pcall(task.with_timeout, tap.ms(30), function() while true do end end, { grace_ms = 0 })
end)
killer:join()
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true), "a looping body was ended by stage 3 (ABORT-18)")
tap.is(closed, 1, "the aborted loop's <close> variable was closed once (ABORT-18)")
tap.raises(function() spinner:join() end, "task aborted", "the looping task's outcome is aborted (ABORT-19)")
