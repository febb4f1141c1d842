--[[---
clause: RUNTIME-7, HANDLE-2
description: durations are milliseconds on one clock - a 50 ms sleep shows up in elapsed() as at least 50, far below 50000
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local h = task.spawn(function() task.sleep(tap.ms(50)) end)
h:join()
tap.cmp_ok(h:elapsed(), ">=", tap.ms(50), "at least the 50 ms slept: not seconds (RUNTIME-7)")
tap.cmp_ok(h:elapsed(), "<", tap.ms(50) * 400, "far below 50000: not microseconds (RUNTIME-7)")
local w = task.spawn(function()
  return pcall(task.with_timeout, tap.ms(30), function() task.sleep(tap.ms(10000)) end)
end)
w:join()
tap.cmp_ok(w:elapsed(), ">=", tap.ms(30), "a 30 ms deadline is measured on the same clock (RUNTIME-7)")
