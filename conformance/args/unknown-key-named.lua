--[[---
clause: ARGS-17
description: the message of an unknown opts key names the key
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

-- The rejection itself is ARGS-16 (a MUST, pinned by the opts matrices);
-- naming the key in the detail is only a SHOULD: a TODO point when missing.
local errs = {}
errs.spawn = select(2, pcall(task.spawn, print, { nmae = "x" }))
task.scope(function(s)
  errs.scope_spawn = select(2, pcall(s.spawn, s, print, { drvier = "coroutine" }))
end)
errs.with_timeout = select(2, pcall(task.with_timeout, tap.ms(5000), print, { grace = 10 }))

tap.should("ARGS-17", function()
  tap.like(tostring(errs.spawn), "'nmae'", "spawn's error names 'nmae' (ARGS-17)")
  tap.like(tostring(errs.scope_spawn), "'drvier'", "s:spawn's error names 'drvier' (ARGS-17)")
  tap.like(tostring(errs.with_timeout), "'grace'", "with_timeout's error names 'grace' (ARGS-17)")
end)
