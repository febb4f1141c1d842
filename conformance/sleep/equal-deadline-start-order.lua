--[[---
clause: SLEEP-3
description: sleeps with equal deadlines wake in the order they started
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local log = tap.log()
local hs = {}
for _, name in ipairs({ "A", "B", "C", "D", "E" }) do
  hs[#hs + 1] = task.spawn(function() task.sleep(tap.ms(20)); log(name) end)
end
for _, h in ipairs(hs) do h:join() end
log:is({ "A", "B", "C", "D", "E" }, "equal sleeps woke in start order (SLEEP-3)")

local log2 = tap.log()
local hs2 = {}
for _, name in ipairs({ "E", "D", "C", "B", "A" }) do
  hs2[#hs2 + 1] = task.spawn(function() task.sleep(tap.ms(20)); log2(name) end)
end
for _, h in ipairs(hs2) do h:join() end
log2:is({ "E", "D", "C", "B", "A" }, "start order, not name or id, decides (SLEEP-3)")
