--[[---
clause: MS-1, MS-2
description: sleep rejects NaN, infinities, negative values and values too large for the timer
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

local cases = {
  { 0 / 0, "NaN" },
  { math.huge, "math.huge" },
  { -math.huge, "-math.huge" },
  { -1, "-1" },
  { -0.5, "-0.5" },
  { math.mininteger, "math.mininteger" },
  { 1e300, "1e300" },
}
tap.plan(#cases + 1)

for _, c in ipairs(cases) do
  tap.raises(function() task.sleep(c[1]) end, "bad argument #1 to 'sleep'",
             "sleep(" .. c[2] .. ") is rejected (MS-1, MS-2)")
end
local h = task.spawn(function() task.sleep(1e300) end)
local ok, e = pcall(h.join, h)
tap.ok(not ok and tostring(e):find("bad argument #1 to 'sleep'", 1, true),
       "1e300 is rejected rather than clamped, inside a task too (MS-2)")
