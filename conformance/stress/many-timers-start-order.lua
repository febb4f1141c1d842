--[[---
clause: SLEEP-2, SLEEP-3
description: ten thousand sleepers of the same duration, started one after another, wake in start order
features: []
flags: [slow]
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

-- Started in order with one duration, their deadlines are equal or
-- increasing: either way they must wake in start order.
local N = 10000
local woke = {}
task.scope(function()
  for i = 1, N do
    task.spawn(function() task.sleep(tap.ms(30)); woke[#woke + 1] = i end)
  end
end)
tap.is(#woke, N, "all woke (SLEEP-1)")
local sorted = true
for k = 1, N do if woke[k] ~= k then sorted = false end end
tap.ok(sorted, "in start order (SLEEP-2, SLEEP-3)")
