--[[---
clause: HANDLE-7
description: elapsed counts from the spawn, not the start - it never decreases and covers every completed sleep
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local h = task.spawn(function() task.sleep(tap.ms(20)) end)
local e0 = h:elapsed()
tap.cmp_ok(e0, ">=", 0, "never negative, even before the task starts (HANDLE-7)")
task.sleep(tap.ms(30))   -- the task has not started before this suspension
local mono, prev = true, h:elapsed()
for _ = 1, 20 do
  local e = h:elapsed()
  if e < prev then mono = false end
  prev = e
  task.yield()
end
tap.ok(mono, "it never decreases (HANDLE-7)")
local late = task.spawn(function() end)
task.sleep(tap.ms(20))
tap.cmp_ok(late:elapsed(), ">=", 0, "a task that started late and ended at once (HANDLE-7)")
tap.cmp_ok(h:elapsed(), ">=", tap.ms(20), "at least the duration of the sleep it completed (HANDLE-7)")
