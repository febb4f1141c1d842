--[[---
clause: TOKEN-8
description: Scope:token() returns the same object every time, and cancelling it is Scope:cancel()
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local child
local r = table.pack(task.scope(function(s)
  local t1, t2 = s:token(), s:token()
  tap.ok(rawequal(t1, t2), "two calls return the same object (TOKEN-8)")
  child = s:spawn(function() task.sleep(tap.ms(10000)) end)
  task.yield()
  t1:cancel()
  tap.is(s:token():is_cancelled(), true, "cancelling the token cancelled the scope (TOKEN-8)")
  task.checkpoint()
end))
tap.is(r.n, 0, "the scope absorbed it as its own cancellation (TOKEN-8, SCOPE-5)")
local ok, e = pcall(child.join, child)
tap.ok(not ok and tap.is_cancel(e), "its child was cancelled (TOKEN-8)")
local saved, tok
task.scope(function(s) saved = s; tok = s:token() end)
tap.ok(rawequal(saved:token(), tok), "the same object after the scope closed (TOKEN-8, SCOPE-13)")
