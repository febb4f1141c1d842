--[[---
clause: YIELD-3
description: sleep(0) behaves as yield, interleaving with yielding tasks in FIFO order
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local log = tap.log()
local hs = {
  task.spawn(function() for i = 1, 3 do log("Y" .. i); task.yield() end end),
  task.spawn(function() for i = 1, 3 do log("S" .. i); task.sleep(0) end end),
  task.spawn(function() for i = 1, 3 do log("Z" .. i); task.yield() end end),
}
for _, h in ipairs(hs) do h:join() end
log:is({ "Y1", "S1", "Z1", "Y2", "S2", "Z2", "Y3", "S3", "Z3" },
       "sleep(0) takes the same place in the run queue as yield (YIELD-3)")

local log2 = tap.log()
local a = task.spawn(function() task.sleep(0); log2("after sleep(0)") end)
local b = task.spawn(function() task.yield(); task.yield(); log2("after two yields") end)
a:join()
b:join()
log2:is({ "after sleep(0)", "after two yields" },
        "sleep(0) does not wait for a timer tick behind two yields (YIELD-3)")

local ran = false
task.spawn(function() ran = true end)
task.sleep(0)
tap.ok(ran, "sleep(0) in the main chunk let a ready task run (YIELD-3)")
