--[[---
clause: YIELD-1, YIELD-2
description: ten tasks yielding ten times each run in strict rounds - no task gets ahead of another
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local order = {}
local hs = {}
for i = 1, 10 do
  hs[i] = task.spawn(function()
    for r = 1, 10 do order[#order + 1] = r * 100 + i; task.yield() end
  end)
end
for i = 1, 10 do hs[i]:join() end
local strict = true
for k = 1, 100 do
  local r, i = (k - 1) // 10 + 1, (k - 1) % 10 + 1
  if order[k] ~= r * 100 + i then strict = false end
end
tap.is(#order, 100, "all 100 steps ran (YIELD-1)")
tap.ok(strict, "in strict round-robin order: round by round, task by task (YIELD-1, YIELD-2)")
