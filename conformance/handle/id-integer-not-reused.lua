--[[---
clause: HANDLE-8, HANDLE-3
description: ids are Lua integers and are never reused, even after tasks finish and are collected
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local seen = {}
local dup, ints, last, increasing = false, true, 0, true
for _ = 1, 5 do
  for _ = 1, 100 do
    local h = task.spawn(function() end)
    if seen[h.id] then dup = true end
    seen[h.id] = true
    if math.type(h.id) ~= "integer" then ints = false end
    if h.id <= last then increasing = false end
    last = h.id
  end
  task.sleep(0)
  collectgarbage()
end
tap.ok(ints, "every id is an integer (HANDLE-8)")
tap.is(dup, false, "no id was reused across 500 tasks and collections (HANDLE-8)")
tap.ok(increasing, "ids increase in spawn order (HANDLE-3)")
