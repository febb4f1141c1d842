--[[---
clause: HANDLE-3
description: Handle.id is a positive integer, unique, increasing in spawn order, matching current().id
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local hs = {}
for i = 1, 5 do hs[i] = task.spawn(function() return task.current().id end) end
local ints, positive, increasing = true, true, true
for i = 1, 5 do
  if math.type(hs[i].id) ~= "integer" then ints = false end
  if hs[i].id <= 0 then positive = false end
  if i > 1 and hs[i].id <= hs[i - 1].id then increasing = false end
end
tap.ok(ints, "ids are integers (HANDLE-3)")
tap.ok(positive, "ids are positive (HANDLE-3)")
tap.ok(increasing, "ids increase in spawn order (HANDLE-3)")
local match = true
for i = 1, 5 do if hs[i]:join() ~= hs[i].id then match = false end end
tap.ok(match, "current().id inside each task is its Handle.id (HANDLE-3, CURRENT-1)")

local seen, unique = {}, true
local last = hs[5].id
local later_increasing = true
task.scope(function(s)
  for _ = 1, 5 do
    local h = s:spawn(function() end)
    if h.id <= last then later_increasing = false end
    last = h.id
  end
  for _ = 1, 5 do
    local h = task.with_timeout(tap.ms(1000), function(t) return t:spawn(function() end) end)
    if h.id <= last then later_increasing = false end
    last = h.id
  end
end)
for i = 1, 5 do
  if seen[hs[i].id] then unique = false end
  seen[hs[i].id] = true
end
tap.ok(unique and later_increasing,
       "ids stay unique and increasing across root, scope and with_timeout spawns (HANDLE-3)")
