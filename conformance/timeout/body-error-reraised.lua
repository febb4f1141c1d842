--[[---
clause: TIMEOUT-7
description: a body error other than the cancellation is re-raised unchanged, before or after the deadline
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local E = {}
local ok, e = pcall(task.with_timeout, tap.ms(2000), function() error(E) end)
tap.is(ok, false, "a body error before the deadline is raised (TIMEOUT-7)")
tap.ok(rawequal(e, E), "the same table (TIMEOUT-7)")

local E2 = setmetatable({}, { __tostring = function() return "cleanup failed" end })
local ok2, e2 = pcall(task.with_timeout, tap.ms(20), function()
  pcall(task.sleep, tap.ms(10000))
  error(E2)
end)
tap.is(ok2, false, "a body failing after the deadline fired: with_timeout raised (TIMEOUT-7)")
tap.ok(rawequal(e2, E2), "its own error, not the timeout: a real failure is never masked (TIMEOUT-7)")

local ok3, e3 = pcall(task.with_timeout, tap.ms(20), function(s)
  s:spawn(function() task.sleep(tap.ms(10000)) end)
  local okb = pcall(task.sleep, tap.ms(10000))
  if not okb then error("db failed", 0) end
end)
tap.is(ok3, false, "with a child still draining: with_timeout raised (TIMEOUT-7)")
tap.is(e3, "db failed", "the body's string error, unchanged (TIMEOUT-7)")
