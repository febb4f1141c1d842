--[[---
clause: SPAWN-1, SPAWN-4, JOIN-1
description: a thousand tasks all run, in spawn order, and deliver their results
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local N = 1000
local order = {}
local hs = {}
for i = 1, N do
  hs[i] = task.spawn(function()
    order[#order + 1] = i
    task.yield()
    return i * 2
  end)
end
local sum, in_order = 0, true
for i = 1, N do sum = sum + hs[i]:join() end
for i = 1, N do if order[i] ~= i then in_order = false end end
tap.is(#order, N, "all tasks started (SPAWN-1)")
tap.ok(in_order, "they started in spawn order (SPAWN-4)")
tap.is(sum, N * (N + 1), "every join returned its task's result (JOIN-1)")
local all = true
for i = 1, N do if not hs[i]:is_finished() then all = false end end
tap.ok(all, "every task is finished (HANDLE-1)")
