--[[---
clause: ARGS-4
description: methods called on a wrong value or on the wrong userdata raise "bad argument #1 to '<method>'"
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(12)

local h = task.spawn(function() end)
local tok = task.cancel_token()
local saved
task.scope(function(s) saved = s end)

-- Called as fields (not as methods) so lauxlib names the method.
tap.raises(function() h.join(42) end, "bad argument #1 to 'join'", "Handle.join(42) (ARGS-4)")
tap.raises(function() h.abort({}) end, "bad argument #1 to 'abort'", "Handle.abort({}) (ARGS-4)")
tap.raises(function() h.is_finished(nil) end, "bad argument #1 to 'is_finished'", "Handle.is_finished(nil) (ARGS-4)")
tap.raises(function() h.elapsed(tok) end, "bad argument #1 to 'elapsed'", "Handle.elapsed(a CancelToken) (ARGS-4)")
tap.raises(function() h.join(saved) end, "bad argument #1 to 'join'", "Handle.join(a Scope) (ARGS-4)")
tap.raises(function() tok.cancel("x") end, "bad argument #1 to 'cancel'", "CancelToken.cancel(\"x\") (ARGS-4)")
tap.raises(function() tok.check(h) end, "bad argument #1 to 'check'", "CancelToken.check(a Handle) (ARGS-4)")
tap.raises(function() tok.is_cancelled(saved) end, "bad argument #1 to 'is_cancelled'",
           "CancelToken.is_cancelled(a Scope) (ARGS-4)")
tap.raises(function() saved.spawn(tok, function() end) end, "bad argument #1 to 'spawn'",
           "Scope.spawn(a CancelToken, f) (ARGS-4)")
tap.raises(function() saved.cancel(42) end, "bad argument #1 to 'cancel'", "Scope.cancel(42) (ARGS-4)")
tap.raises(function() saved.token(h) end, "bad argument #1 to 'token'", "Scope.token(a Handle) (ARGS-4)")
tap.is(tok:is_cancelled(), false, "the token was not affected by the rejected calls (ARGS-4)")
