--[[---
clause: SLEEP-2
description: sleeps with different deadlines wake in deadline order, not start order
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local log = tap.log()
local hs = {}
for _, d in ipairs({ 60, 20, 40 }) do
  hs[#hs + 1] = task.spawn(function() task.sleep(tap.ms(d)); log(d) end)
end
for _, h in ipairs(hs) do h:join() end
log:is({ 20, 40, 60 }, "three sleepers woke in deadline order (SLEEP-2)")

local log2 = tap.log()
local durations = { 70, 10, 50, 30, 90, 20, 80, 40, 60 }
local hs2 = {}
for _, d in ipairs(durations) do
  hs2[#hs2 + 1] = task.spawn(function() task.sleep(tap.ms(d)); log2(d) end)
end
for _, h in ipairs(hs2) do h:join() end
log2:is({ 10, 20, 30, 40, 50, 60, 70, 80, 90 }, "nine sleepers woke in deadline order (SLEEP-2)")

local log3 = tap.log()
local long = task.spawn(function() task.sleep(tap.ms(300)); log3("long") end)
task.sleep(tap.ms(20))
local short = task.spawn(function() task.sleep(tap.ms(10)); log3("short") end)
long:join()
short:join()
log3:is({ "short", "long" },
        "a later, shorter sleep with an earlier deadline woke first (SLEEP-2)")
