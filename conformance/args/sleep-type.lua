--[[---
clause: MS-1, ARGS-1
description: sleep with a non-number argument raises "bad argument #1 to 'sleep'"
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

tap.raises(function() task.sleep("x") end, "bad argument #1 to 'sleep'", "sleep(\"x\") (MS-1)")
tap.raises(function() task.sleep() end, "bad argument #1 to 'sleep'", "sleep() without an argument (MS-1)")
tap.raises(function() task.sleep({}) end, "bad argument #1 to 'sleep'", "sleep({}) (MS-1)")
tap.raises(function() task.sleep(true) end, "bad argument #1 to 'sleep'", "sleep(true) (MS-1)")
tap.raises(function() task.sleep(print) end, "bad argument #1 to 'sleep'", "sleep(print) (MS-1)")
