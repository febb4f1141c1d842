--[[---
clause: DRIVER-11, MS-1
description: an invalid ms to a task-level coroutine.yield under the coroutine driver raises "bad argument #1 to 'yield'"
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

local cases = { { "x", "a string" }, { {}, "a table" }, { -1, "-1" }, { 0 / 0, "NaN" },
                { math.huge, "math.huge" }, { true, "true" }, { 1e300, "1e300" } }
tap.plan(#cases)

local h = task.spawn(function()
  local r = {}
  for i, c in ipairs(cases) do
    local ok, e = pcall(coroutine.yield, c[1])
    r[i] = (not ok) and tostring(e)
  end
  return r
end, { driver = "coroutine" })
local r = h:join()
for i, c in ipairs(cases) do
  tap.like(r[i], "bad argument #1 to 'yield'", "coroutine.yield(" .. c[2] .. ") (DRIVER-11)")
end
