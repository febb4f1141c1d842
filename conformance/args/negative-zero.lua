--[[---
clause: MS-4, YIELD-3
description: sleep(-0.0) is sleep(0), which is a yield
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

tap.lives(function() task.sleep(-0.0) end, "sleep(-0.0) is accepted (MS-4)")

local log = tap.log()
local a = task.spawn(function() task.sleep(-0.0); log("A") end)
local b = task.spawn(function() task.yield(); log("B") end)
a:join()
b:join()
log:is({ "A", "B" }, "sleep(-0.0) took a yield's place in the run queue (MS-4, YIELD-3)")

local log2 = tap.log()
local c = task.spawn(function() task.sleep(0.0); log2("C") end)
local d = task.spawn(function() task.yield(); log2("D") end)
c:join()
d:join()
log2:is({ "C", "D" }, "so did sleep(0.0) (MS-4, YIELD-3)")
