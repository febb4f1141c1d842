--[[---
clause: JOIN-1
description: join returns all of the task's results - nils, count and zero results included
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local r = table.pack(task.spawn(function() return nil, 2, nil end):join())
tap.is(r.n, 3, "three results, trailing nil included (JOIN-1)")
tap.is_deeply({ r[1], r[2], r[3] }, { nil, 2, nil }, "in order (JOIN-1)")

local z = table.pack(task.spawn(function() end):join())
tap.is(z.n, 0, "no results: join returns nothing (JOIN-1)")

local many = table.pack(task.spawn(function()
  local v = {}
  for i = 1, 250 do v[i] = i end
  task.yield()
  return table.unpack(v)
end):join())
tap.is(many.n, 250, "250 results all come back (JOIN-1)")

local t = {}
local same = task.spawn(function() return t end):join()
tap.ok(rawequal(same, t), "a table result keeps its identity (JOIN-1)")

local inner = task.spawn(function()
  local h = task.spawn(function() task.sleep(tap.ms(10)); return "a", "b" end)
  return select("#", h:join()), (h:join())
end)
local n, first = inner:join()
tap.ok(n == 2 and first == "a", "join from inside a task works the same (JOIN-1)")
