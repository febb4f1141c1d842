--[[---
clause: YIELD-2, ROOT-4
description: each yield of the main chunk lets every ready task run once
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local counts = { 0, 0, 0 }
for i = 1, 3 do
  task.spawn(function() for _ = 1, 5 do counts[i] = counts[i] + 1; task.yield() end end)
end
task.yield()
tap.is_deeply(counts, { 1, 1, 1 }, "after one yield of the main chunk each task ran once (YIELD-2)")
task.yield()
tap.is_deeply(counts, { 2, 2, 2 }, "after two, twice (YIELD-2)")
for _ = 1, 10 do task.yield() end
tap.is_deeply(counts, { 5, 5, 5 }, "and then to their ends (YIELD-2)")
