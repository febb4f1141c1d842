--[[---
clause: YIELD-1, YIELD-2
description: yielding tasks run round-robin in FIFO order
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local log = tap.log()
local hs = {}
for _, name in ipairs({ "A", "B", "C" }) do
  hs[#hs + 1] = task.spawn(function()
    for round = 1, 3 do
      log(name .. round)
      task.yield()
    end
  end)
end
for _, h in ipairs(hs) do h:join() end
log:is({ "A1", "B1", "C1", "A2", "B2", "C2", "A3", "B3", "C3" },
       "three yielding tasks interleave round-robin (YIELD-1)")

local log2 = tap.log()
local short = task.spawn(function() log2("S1"); task.yield(); log2("S2") end)
local long = task.spawn(function()
  for i = 1, 4 do log2("L" .. i); task.yield() end
end)
short:join()
long:join()
log2:is({ "S1", "L1", "S2", "L2", "L3", "L4" },
        "a task that stops yielding leaves the others in order (YIELD-1)")

local log3 = tap.log()
task.scope(function(s)
  for _, name in ipairs({ "x", "y" }) do
    s:spawn(function()
      for round = 1, 2 do log3(name .. round); task.yield() end
    end)
  end
end)
log3:is({ "x1", "y1", "x2", "y2" }, "scope children interleave the same way (YIELD-1)")
