--[[---
clause: MS-6, MS-12
description: numeric strings are not converted to milliseconds - sleep, with_timeout and grace_ms reject "10" as a type error
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local e1 = tap.raises(function() task.sleep("10") end, "bad argument #1 to 'sleep'", "sleep(\"10\") (MS-6)")
tap.like(e1, "number expected, got string", "as a type error (MS-6, MS-12)")
tap.raises(function() task.sleep("0") end, "bad argument #1 to 'sleep'", "sleep(\"0\") (MS-6)")
tap.raises(function() task.with_timeout("10", function() end) end, "bad argument #1 to 'with_timeout'",
           "with_timeout(\"10\", f) (MS-6)")
tap.raises(function() task.with_timeout(10, function() end, { grace_ms = "10" }) end,
           "bad argument #3 to 'with_timeout'", "grace_ms = \"10\" (MS-6)")
