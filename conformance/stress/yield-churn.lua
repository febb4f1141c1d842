--[[---
clause: YIELD-1, YIELD-2
description: a thousand tasks yielding fifty times each keep strict round-robin order
features: []
flags: [slow]
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local N, R = 1000, 50
local round = {}
local bad = 0
task.scope(function()
  for i = 1, N do
    task.spawn(function()
      for r = 1, R do
        round[i] = r
        if i > 1 and round[i - 1] ~= r then bad = bad + 1 end
        task.yield()
      end
    end)
  end
end)
tap.is(bad, 0, "every task ran round r right after its predecessor did (YIELD-1, YIELD-2)")
local done = 0
for i = 1, N do if round[i] == R then done = done + 1 end end
tap.is(done, N, "all finished all rounds (YIELD-2)")
