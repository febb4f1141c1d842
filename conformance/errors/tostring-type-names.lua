--[[---
clause: ERRORS-5, ARGS-14
description: tostring of a Handle, a Scope and a CancelToken begins with its type name (a SHOULD: TODO points)
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local h = task.spawn(function() end)
local tok = task.cancel_token()
local saved
task.scope(function(s) saved = s end)

local ok = pcall(function() return tostring(h) .. tostring(saved) .. tostring(tok) end)
tap.ok(ok, "tostring works on every std.task object (ARGS-14)")
tap.should("ERRORS-5", function()
  tap.is(tostring(h):sub(1, 15), "std.task.Handle", "tostring(a Handle) begins with std.task.Handle (ERRORS-5)")
  tap.is(tostring(saved):sub(1, 14), "std.task.Scope", "tostring(a Scope) begins with std.task.Scope (ERRORS-5)")
  tap.is(tostring(tok):sub(1, 20), "std.task.CancelToken",
         "tostring(a CancelToken) begins with std.task.CancelToken (ERRORS-5)")
end)
