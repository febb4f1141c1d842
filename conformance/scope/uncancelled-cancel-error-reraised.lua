--[[---
clause: SCOPE-17
description: a body ending with the cancellation error while no token of the scope is cancelled (a standalone token's check) re-raises it
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local st = task.cancel_token()
st:cancel()
local child
local ok, e = pcall(task.scope, function(s)
  child = s:spawn(function() task.sleep(tap.ms(10000)) end)
  st:check()
end)
tap.is(ok, false, "scope re-raised (SCOPE-17)")
tap.ok(tap.is_cancel(e), "the cancellation error (SCOPE-17)")
local okc, ec = pcall(child.join, child)
tap.ok(not okc and tap.is_cancel(ec), "the body's error cancelled and drained the child first (SCOPE-3)")
tap.lives(function() task.checkpoint() end, "the main chunk is not cancelled (TOKEN-12)")
