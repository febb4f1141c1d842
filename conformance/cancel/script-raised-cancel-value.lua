--[[---
clause: ERRORS-3, SCOPE-5, SCOPE-17
description: an error("task cancelled", 0) raised by the script counts as the cancellation error - absorbed by a cancelled scope, re-raised by a live one
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local r = table.pack(pcall(task.scope, function(s)
  s:cancel()
  error("task cancelled", 0)
end))
tap.is(r[1], true, "a self-cancelled scope absorbed the script's own \"task cancelled\" (ERRORS-3, SCOPE-5)")
tap.is(r.n, 1, "no values (SCOPE-5)")
local ok, e = pcall(task.scope, function() error("task cancelled", 0) end)
tap.is(ok, false, "a live scope re-raised it (SCOPE-17)")
tap.is(e, "task cancelled", "unchanged (SCOPE-17)")
