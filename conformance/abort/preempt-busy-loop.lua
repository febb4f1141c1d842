--[[---
clause: ABORT-8
description: optional preempt - a hard abort also reaches a task looping without any suspension point
features: [preempt]
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

if not tap.needs("preempt") then return end
tap.plan(3)

local closed = 0
local w = task.spawn(function()
  return pcall(task.with_timeout, tap.ms(50), function()
    local _ <close> = setmetatable({}, { __close = function() closed = closed + 1 end })
    while true do end
  end, { grace_ms = tap.ms(50) })
end)
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true),
       "with_timeout around a busy loop raised \"timed out\" (ABORT-8, TIMEOUT-5)")
tap.cmp_ok(w:elapsed(), "<", tap.ms(100 + 3000), "within deadline + grace + epsilon (ABORT-8)")
tap.is(closed, 1, "the busy body's <close> variable was closed once (CLOSE-1)")
