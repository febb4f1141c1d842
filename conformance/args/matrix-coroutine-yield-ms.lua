--[[---
clause: DRIVER-11, MS-5
description: under the coroutine driver a task-level coroutine.yield rejects every bad ms with "bad argument #1 to 'yield'"
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
table.remove(bad, 1)  -- coroutine.yield(nil) is a plain yield (DRIVER-10)
local good = { { 0.5, "0.5 (fractional)" }, { 0, "0" }, { -0.0, "-0.0" } }
tap.plan(#bad + #good)

local h = task.spawn(function()
  local r = {}
  for i = 1, #bad do
    local ok, e = pcall(coroutine.yield, bad[i][1])
    r[i] = ok and "no error" or tostring(e)
  end
  local g = {}
  for i, c in ipairs(good) do g[i] = pcall(coroutine.yield, c[1]) end
  return r, g
end, { driver = "coroutine" })
local r, g = h:join()
for i = 1, #bad do
  tap.like(r[i], "bad argument #1 to 'yield'", "coroutine.yield(" .. bad[i][2] .. ") is rejected (DRIVER-11)")
end
for i, c in ipairs(good) do
  tap.is(g[i], true, "coroutine.yield(" .. c[2] .. ") is accepted (MS-5)")
end
