--[[---
clause: SCOPE-16
description: a body that raises another error after its scope was cancelled gets that error re-raised, not absorbed
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local ok, e = pcall(task.scope, function(s)
  s:cancel()
  error("real failure", 0)
end)
tap.is(ok, false, "scope raised (SCOPE-16)")
tap.is(e, "real failure", "the body's own error (SCOPE-16)")
local err = {}
local ok2, e2 = pcall(task.scope, function(s)
  s:cancel()
  pcall(task.checkpoint)
  error(err)
end)
tap.is(ok2, false, "also after catching the cancellation first (SCOPE-16)")
tap.ok(rawequal(e2, err), "same value (SCOPE-16, SCOPE-3)")
