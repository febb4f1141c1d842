--[[---
clause: MS-7
description: an integer and a float of equal value give the same duration; math.mininteger is rejected as negative
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
task.scope(function()
  task.spawn(function() task.sleep(tap.ms(20) // 1); log("int") end)
  task.spawn(function() task.sleep((tap.ms(20) // 1) + 0.0); log("float") end)
  task.spawn(function() task.sleep(tap.ms(20) // 1); log("int2") end)
end)
log:is({ "int", "float", "int2" }, "equal deadlines: woken in start order, so the durations were equal (MS-7, SLEEP-3)")
tap.raises(function() task.sleep(math.mininteger) end, "bad argument #1 to 'sleep'",
           "math.mininteger is rejected (MS-7)")
tap.raises(function() task.sleep(-1.0) end, "bad argument #1 to 'sleep'", "-1.0 is rejected like -1 (MS-7)")
tap.lives(function() task.sleep(1.0); task.sleep(1) end, "1.0 and 1 are accepted (MS-7)")
