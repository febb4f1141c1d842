--[[---
clause: JOIN-7
description: joiners woken by the end of a task resume in the order in which they began to wait
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(1)

local log = tap.log()
local target = task.spawn(function() task.sleep(tap.ms(60)) end)
local js = {}
-- spawned in the order 3, 1, 4, 2; each starts waiting after i * 5 ms
for _, i in ipairs({ 3, 1, 4, 2 }) do
  js[#js + 1] = task.spawn(function() task.sleep(tap.ms(5 * i)); target:join(); log(i) end)
end
for _, j in ipairs(js) do j:join() end
log:is({ 1, 2, 3, 4 }, "in the order in which they began to wait, not spawn order (JOIN-7)")
