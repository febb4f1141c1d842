--[[---
clause: DRIVER-3, MS-1, MS-5
description: in the coroutine driver coroutine.yield(ms) validates ms like sleep
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local cases = {
  { -1, "a negative ms" },
  { 0 / 0, "NaN" },
  { math.huge, "infinity" },
  { 1e300, "1e300" },
}
for _, c in ipairs(cases) do
  local h = task.spawn(function() coroutine.yield(c[1]); return "slept" end, { driver = "coroutine" })
  local ok, e = pcall(h.join, h)
  tap.ok(not ok and tostring(e):find("bad argument", 1, true),
         "coroutine.yield(" .. c[2] .. ") raised a bad-argument error (DRIVER-3, MS-5)")
end
