--[[---
clause: SCOPE-3
description: scope re-raises the body's error value unchanged: same table, same string, no prefix
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local E = setmetatable({ code = 42 }, { __tostring = function() return "E42" end })
local ok, e = pcall(task.scope, function() error(E) end)
tap.is(ok, false, "scope raised (SCOPE-3)")
tap.ok(rawequal(e, E), "the very same table (SCOPE-3)")

local _, e2 = pcall(task.scope, function() error("plain", 0) end)
tap.is(e2, "plain", "a string error comes back without a position prefix (SCOPE-3)")

local line
local _, e3 = pcall(task.scope, function()
  line = debug.getinfo(1, "l").currentline; error("with position")
end)
local want = debug.getinfo(1, "S").short_src .. ":" .. line .. ": with position"
tap.is(e3, want, "error() positions are kept as raised, with no second prefix (SCOPE-3)")

local _, e4 = pcall(task.scope, function(s)
  s:spawn(function() task.sleep(tap.ms(10)) end)
  error(io.stdout)
end)
tap.ok(rawequal(e4, io.stdout), "a userdata error value keeps its identity across the drain (SCOPE-3)")

local h = task.spawn(function()
  local _, ei = pcall(task.scope, function() error(E) end)
  return rawequal(ei, E)
end)
tap.is(h:join(), true, "same in a task (SCOPE-3)")
