--[[---
clause: TOKEN-2
description: CancelToken:cancel and Scope:cancel are idempotent and there is no un-cancel
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local tok = task.cancel_token()
tok:cancel()
tap.lives(function() tok:cancel(); tok:cancel() end, "cancelling a cancelled token again is fine (TOKEN-2)")
tap.is(tok:is_cancelled(), true, "it is still cancelled (TOKEN-2)")
local ok, e = pcall(tok.check, tok)
tap.ok(not ok and tap.is_cancel(e), "check still raises the cancellation error (TOKEN-2)")

local r = table.pack(pcall(task.scope, function(s)
  s:cancel()
  s:cancel()
  tap.lives(function() s:cancel() end, "Scope:cancel a third time is fine (TOKEN-2)")
  tap.is(s:token():is_cancelled(), true, "the scope's token is cancelled (TOKEN-2)")
end))
tap.is(r[1], true, "the scope returned normally (SCOPE-5)")
