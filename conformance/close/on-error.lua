--[[---
clause: CLOSE-1, CLOSE-2
description: a task dying with an error closes its <close> variables exactly once; handlers see the error object
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local E = {}
local log = tap.log()
local seen = {}
local h = task.spawn(function()
  local _a <close> = setmetatable({}, { __close = function(_, e) log("a"); seen.a = e end })
  local _b <close> = setmetatable({}, { __close = function(_, e) log("b"); seen.b = e end })
  task.sleep(tap.ms(10))
  error(E)
end)
local ok, e = pcall(h.join, h)
tap.ok(not ok and rawequal(e, E), "join raised the task's error (JOIN-2)")
log:is({ "b", "a" }, "both variables were closed once, in reverse order, by the time join raised (CLOSE-1)")
tap.ok(rawequal(seen.b, E), "the handler saw the error object (CLOSE-2)")
tap.ok(rawequal(seen.a, E), "so did the outer one (CLOSE-2)")
task.sleep(tap.ms(10))
tap.is(log:len(), 2, "never closed again (CLOSE-1)")

local n = 0
local f = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function() n = n + 1 end })
  error("fails before any suspension", 0)
end)
pcall(f.join, f)
tap.is(n, 1, "also when the task fails before suspending at all (CLOSE-1)")
