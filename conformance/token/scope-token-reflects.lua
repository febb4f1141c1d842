--[[---
clause: TOKEN-5
description: Scope:token() returns a CancelToken that reflects the scope's cancellation
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local kept
task.scope(function(s)
  local tok = s:token()
  kept = tok
  tap.is(tok:is_cancelled(), false, "the scope's token starts uncancelled (TOKEN-5)")
  tap.lives(function() tok:check() end, "and check() returns (TOKEN-5)")
  s:cancel()
  tap.is(tok:is_cancelled(), true, "a token taken before Scope:cancel reflects it (TOKEN-5)")
  tap.is(s:token():is_cancelled(), true, "a token taken afterwards too (TOKEN-5)")
  local ok, e = pcall(tok.check, tok)
  tap.ok(not ok and tap.is_cancel(e), "its check() raises the cancellation error (TOKEN-5)")
end)
tap.is(kept:is_cancelled(), true, "the token stays cancelled after the scope returned (TOKEN-2)")
