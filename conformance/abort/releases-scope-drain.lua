--[[---
clause: ABORT-1, SCOPE-2
description: a scope draining an uncooperative child returns once that child is aborted by another task
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local stuck
task.spawn(function()
  while stuck == nil do task.yield() end
  for _ = 1, 5 do task.yield() end
  stuck:abort()
end)
local ok, e = pcall(task.scope, function(s)
  stuck = s:spawn(function() while true do pcall(task.yield) end end)
  error("body failed", 0)
end)
tap.is(ok, false, "the scope raised once its child was gone (SCOPE-3)")
tap.is(e, "body failed", "the body's error (SCOPE-3)")
tap.raises(function() stuck:join() end, "task aborted", "the child had been aborted (ABORT-1)")
