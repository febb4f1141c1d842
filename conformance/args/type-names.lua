--[[---
clause: ARGS-5, ARGS-4
description: lauxlib messages name the types std.task.Handle, std.task.Scope and std.task.CancelToken (a SHOULD: TODO points)
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(8)

local h = task.spawn(function() end)
local tok = task.cancel_token()
local saved
task.scope(function(s) saved = s end)

-- The errors themselves are MUST (ARGS-4); the type names in them SHOULD.
local e1 = tap.raises(function() h.join(42) end, "bad argument #1 to 'join'", "Handle.join(42) is refused (ARGS-4)")
local e2 = tap.raises(function() saved.cancel(tok) end, "bad argument #1 to 'cancel'",
                      "Scope.cancel(a CancelToken) is refused (ARGS-4)")
local e3 = tap.raises(function() tok.check({}) end, "bad argument #1 to 'check'",
                      "CancelToken.check({}) is refused (ARGS-4)")
local e4 = tap.raises(function() h.abort(tok) end, "bad argument #1 to 'abort'",
                      "Handle.abort(a CancelToken) is refused (ARGS-4)")
tap.should("ARGS-5", function()
  tap.like(e1, "std.task.Handle expected", "Handle.join(42) names std.task.Handle (ARGS-5)")
  tap.like(e2, "std.task.Scope expected", "Scope.cancel(a CancelToken) names std.task.Scope (ARGS-5)")
  tap.like(e3, "std.task.CancelToken expected", "CancelToken.check({}) names std.task.CancelToken (ARGS-5)")
  tap.like(e4, "got std.task.CancelToken", "the wrong object is named by its type too (ARGS-5)")
end)
