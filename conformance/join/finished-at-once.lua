--[[---
clause: JOIN-6
description: join of a finished task returns at once, without suspending and without a cancellation check
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local done = task.spawn(function() return "result" end)
local failed = task.spawn(function() error("failure", 0) end)
task.yield()
local ran = false
task.spawn(function() ran = true end)
tap.is(done:join(), "result", "join of a finished task returned its result (JOIN-6)")
tap.is(ran, false, "without letting a ready task run (JOIN-6)")
task.scope(function(s)
  s:cancel()
  tap.is(done:join(), "result", "it succeeds even when the joiner's token is cancelled (JOIN-6)")
  local ok, e = pcall(failed.join, failed)
  tap.ok(not ok and e == "failure", "a failed task's error, not the cancellation (JOIN-6)")
end)
