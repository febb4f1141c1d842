--[[---
clause: JOIN-4, JOIN-7
description: ten thousand joiners of one task all get its result, in the order they began to wait
features: []
flags: [slow]
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local N = 10000
local target = task.spawn(function() task.sleep(tap.ms(20)); return "shared" end)
local order = {}
local got = 0
task.scope(function()
  for i = 1, N do
    task.spawn(function()
      if target:join() == "shared" then got = got + 1 end
      order[#order + 1] = i
    end)
  end
end)
tap.is(got, N, "every joiner got the result (JOIN-4)")
local in_order = #order == N
for i = 1, #order do if order[i] ~= i then in_order = false end end
tap.ok(in_order, "they resumed in the order they began to wait (JOIN-7)")
