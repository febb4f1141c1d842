--[[---
clause: MS-8
description: every value above 2^53 is rejected - math.maxinteger included - by sleep, with_timeout and grace_ms
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

local big = { { 2 ^ 53 * 2, "2^54" }, { math.maxinteger, "math.maxinteger" }, { 2 ^ 53 + 2, "2^53 + 2" },
              { 1e20, "1e20" }, { math.maxinteger + 0.0, "math.maxinteger as a float" } }
tap.plan(#big * 3)

local f = function() end
for _, c in ipairs(big) do
  tap.raises(function() task.sleep(c[1]) end, "bad argument #1 to 'sleep'", "sleep(" .. c[2] .. ") (MS-8)")
  tap.raises(function() task.with_timeout(c[1], f) end, "bad argument #1 to 'with_timeout'",
             "with_timeout(" .. c[2] .. ", f) (MS-8)")
  tap.raises(function() task.with_timeout(10, f, { grace_ms = c[1] }) end, "bad argument #3 to 'with_timeout'",
             "grace_ms = " .. c[2] .. " (MS-8)")
end
