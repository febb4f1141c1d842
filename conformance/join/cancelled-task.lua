--[[---
clause: JOIN-2
description: joining a task that ended with the cancellation error raises that error
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local h
task.scope(function(s)
  h = s:spawn(function() task.sleep(tap.ms(10000)) end)
  task.yield()
  s:cancel()
end)
local ok, e = pcall(h.join, h)
tap.is(ok, false, "join raised (JOIN-2)")
tap.ok(tap.is_cancel(e), "the cancellation error (JOIN-2)")
local joiner = task.spawn(function() return pcall(h.join, h) end)
local ok2, e2 = joiner:join()
tap.ok(not ok2 and tap.is_cancel(e2),
       "a joiner whose own token is live still gets the task's cancellation error (JOIN-2)")
