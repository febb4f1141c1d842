--[[---
clause: MS-1, MS-2, MS-3, MS-6, MS-8, MS-12
description: sleep rejects every bad ms value with "bad argument #1 to 'sleep'" and accepts fractional and zero values
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
local good = { { 0.5, "0.5 (fractional)" }, { 0, "0" }, { -0.0, "-0.0" }, { 1.0, "1.0" }, { 1, "1" } }
local typed = 0
for i = 1, #bad do if bad[i][3] then typed = typed + 1 end end
tap.plan(#bad + typed + #good)

for i = 1, #bad do
  local c = bad[i]
  local e = tap.raises(function() task.sleep(c[1]) end, "bad argument #1 to 'sleep'",
                       "sleep(" .. c[2] .. ") is rejected (MS-1)")
  if c[3] then
    tap.like(e, "number expected, " .. c[3], "its detail reads 'number expected, " .. c[3] .. "...' (MS-12)")
  end
end
for _, c in ipairs(good) do
  tap.lives(function() task.sleep(c[1]) end, "sleep(" .. c[2] .. ") is accepted (MS-2, MS-3)")
end
