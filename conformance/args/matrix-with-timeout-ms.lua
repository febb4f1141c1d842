--[[---
clause: MS-1, MS-5, ARGS-2
description: with_timeout rejects every bad ms value with "bad argument #1 to 'with_timeout'" before the body runs
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

local udata = io.stdout
local bad = {
  { nil, "nil", "got nil" },
  { true, "true", "got boolean" },
  { false, "false", "got boolean" },
  { "10", "the numeric string \"10\"", "got string" },
  { "x", "a string", "got string" },
  { {}, "a table", "got table" },
  { print, "a function", "got function" },
  { udata, "a userdata", "got " },
  { coroutine.create(print), "a thread", "got thread" },
  { 0 / 0, "NaN" },
  { math.huge, "+inf" },
  { -math.huge, "-inf" },
  { -1, "-1" },
  { -0.5, "-0.5" },
  { math.mininteger, "math.mininteger" },
  { 1e300, "1e300 (huge)" },
  { math.maxinteger, "math.maxinteger" },
}
local good = { { 0.5, "0.5 (fractional)" }, { 0, "0" }, { 1e9, "1e9" } }
tap.plan(#bad + #good + 1)

local ran = 0
for i = 1, #bad do
  local c = bad[i]
  tap.raises(function() task.with_timeout(c[1], function() ran = ran + 1 end) end,
             "bad argument #1 to 'with_timeout'", "with_timeout(" .. c[2] .. ", f) is rejected (MS-5)")
end
tap.is(ran, 0, "no rejected call ran its body (ARGS-2)")
for _, c in ipairs(good) do
  tap.is(task.with_timeout(c[1], function() return "ran" end), "ran",
         "with_timeout(" .. c[2] .. ", f) is accepted (MS-2, MS-5)")
end
