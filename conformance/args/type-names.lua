--[[---
clause: ARGS-5
description: lauxlib messages name the types std.task.Handle, std.task.Scope and std.task.CancelToken
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

tap.raises(function() h.join(42) end, "std.task.Handle expected", "Handle.join(42) names std.task.Handle (ARGS-5)")
tap.raises(function() saved.cancel(tok) end, "std.task.Scope expected",
           "Scope.cancel(a CancelToken) names std.task.Scope (ARGS-5)")
tap.raises(function() tok.check({}) end, "std.task.CancelToken expected",
           "CancelToken.check({}) names std.task.CancelToken (ARGS-5)")
tap.raises(function() h.abort(tok) end, "got std.task.CancelToken",
           "the wrong userdata is named by its type too (ARGS-5)")
