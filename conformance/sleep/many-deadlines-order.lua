--[[---
clause: SLEEP-2, SLEEP-3
description: fifty sleepers with shuffled deadlines (some equal) wake in deadline order, ties in start order
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(1)

local log = tap.log()
local specs = {}
-- 20 ms apart: a start delayed by a loaded machine cannot reorder them.
for i = 1, 50 do specs[i] = { id = i, d = ((i * 37) % 10) * 20 } end
task.scope(function()
  for _, sp in ipairs(specs) do
    task.spawn(function() task.sleep(tap.ms(sp.d)); log(sp.id) end)
  end
end)
local want = {}
for i = 1, 50 do want[i] = specs[i] end
table.sort(want, function(a, b) if a.d ~= b.d then return a.d < b.d end return a.id < b.id end)
for i = 1, 50 do want[i] = want[i].id end
log:is(want, "woken in deadline order, equal deadlines in start order (SLEEP-2, SLEEP-3)")
