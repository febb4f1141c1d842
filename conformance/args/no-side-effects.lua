--[[---
clause: ARGS-9
description: an argument error has no side effect - no task, no scope, no deadline, nothing cancelled, no suspension
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local ran = false
task.spawn(function() ran = true end)   -- ready: would run at any suspension
pcall(task.sleep, -1)
pcall(task.with_timeout, "x", function() end)
pcall(task.scope, 42)
pcall(task.spawn, 42)
tap.is(ran, false, "no rejected call suspended the caller (ARGS-9)")
task.yield()
local first = task.spawn(function() end).id
pcall(task.spawn, function() end, 5)
pcall(task.spawn, function() end, { driver = "nope" })
tap.is(task.spawn(function() end).id, first + 1, "no rejected spawn created a task (ARGS-9)")
local tok
local r = table.pack(task.scope(function(s)
  tok = s:token()
  pcall(task.with_timeout, 0 / 0, function() end)
  pcall(s.spawn, s, 42)
  return s:token():is_cancelled()
end))
tap.is(r[1], false, "no rejected call cancelled the scope (ARGS-9)")
tap.is(tok:is_cancelled(), false, "nor afterwards (ARGS-9)")
local st = task.cancel_token()
pcall(st.cancel, 42)
tap.is(st:is_cancelled(), false, "a rejected cancel cancelled nothing (ARGS-9)")
