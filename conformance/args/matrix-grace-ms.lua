--[[---
clause: MS-1, MS-5, MS-11, ARGS-12
description: with_timeout rejects every bad opts.grace_ms with "bad argument #3 to 'with_timeout'"; nil means the default
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
table.remove(bad, 1)  -- grace_ms = nil is valid: the host default (MS-11)
local good = { { 0.5, "0.5 (fractional)" }, { 0, "0" }, { nil, "nil" }, { 1e9, "1e9" } }
tap.plan(#bad + #good + 1)

local ran = 0
for i = 1, #bad do
  local c = bad[i]
  tap.raises(function() task.with_timeout(tap.ms(1000), function() ran = ran + 1 end, { grace_ms = c[1] }) end,
             "bad argument #3 to 'with_timeout'", "grace_ms = " .. c[2] .. " is rejected (MS-5, ARGS-12)")
end
tap.is(ran, 0, "no rejected call ran its body (ARGS-2)")
for i = 1, #good do
  local c = good[i]
  tap.is(task.with_timeout(tap.ms(1000), function() return "ran" end, { grace_ms = c[1] }), "ran",
         "grace_ms = " .. c[2] .. " is accepted (MS-2, MS-11)")
end
