--[[---
clause: TOKEN-1, TOKEN-3, TOKEN-4
description: a new standalone token is not cancelled, check() returns, and tokens are independent
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local tok = task.cancel_token()
tap.ok(tok ~= nil, "cancel_token() returned a token (TOKEN-1)")
tap.is(tok:is_cancelled(), false, "a new token is not cancelled: is_cancelled() is false (TOKEN-1, TOKEN-3)")
tap.lives(function() tok:check() end, "check() on a live token returns normally (TOKEN-4)")

local other = task.cancel_token()
tok:cancel()
tap.is(tok:is_cancelled(), true, "is_cancelled() is true after cancel() (TOKEN-3)")
tap.is(other:is_cancelled(), false, "another standalone token is unaffected (TOKEN-1)")
tap.lives(function() other:check() end, "its check() still returns (TOKEN-4)")
