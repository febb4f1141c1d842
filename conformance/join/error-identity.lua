--[[---
clause: JOIN-2
description: join raises the task's error value unchanged - tables, userdata, numbers keep their identity and type
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local function failing(v)
  local h = task.spawn(function() task.yield(); error(v) end)
  local ok, e = pcall(h.join, h)
  return ok, e
end

local E = { code = 7 }
local ok, e = failing(E)
tap.ok(not ok and rawequal(e, E), "a table error comes back as the same table (JOIN-2)")
local ok2, e2 = failing(io.stdout)
tap.ok(not ok2 and rawequal(e2, io.stdout), "a userdata error keeps its identity (JOIN-2)")
local ok3, e3 = failing(42)
tap.ok(not ok3 and math.type(e3) == "integer" and e3 == 42, "a number error stays the number 42 (JOIN-2)")
local T = setmetatable({}, { __tostring = function() return "custom" end })
local ok4, e4 = failing(T)
tap.ok(not ok4 and rawequal(e4, T), "a table with __tostring is not converted to a string (JOIN-2)")
local f = function() end
local ok5, e5 = failing(f)
tap.ok(not ok5 and rawequal(e5, f), "even a function error value comes back as itself (JOIN-2)")
