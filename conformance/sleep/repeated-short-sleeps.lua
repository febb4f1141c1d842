--[[---
clause: SLEEP-1, HANDLE-7
description: twenty sleeps of 2 ms in a row take at least 40 ms in total
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local h = task.spawn(function()
  for _ = 1, 20 do task.sleep(tap.ms(2)) end
end)
h:join()
tap.cmp_ok(h:elapsed(), ">=", tap.ms(40), "the task lived at least the sum of its sleeps (SLEEP-1, HANDLE-7)")
tap.ok(h:is_finished(), "and finished (SLEEP-1)")
