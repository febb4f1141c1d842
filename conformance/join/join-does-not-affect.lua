--[[---
clause: JOIN-8
description: join does not start its task earlier, and a cancelled or aborted joiner leaves the task running
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
task.spawn(function() log("first") end)
local h = task.spawn(function() log("joined one"); task.sleep(tap.ms(30)); return "kept" end)
h:join()
tap.is(log:items()[1], "first", "joining did not start the task ahead of the queue (JOIN-8)")
local t2 = task.spawn(function() task.sleep(tap.ms(30)); return "still" end)
local j1
task.scope(function(s)
  j1 = s:spawn(function() t2:join() end)
  task.yield()
  s:cancel()
end)
local j2 = task.spawn(function() t2:join() end)
task.yield()
j2:abort()
tap.raises(function() j1:join() end, "task cancelled", "the cancelled joiner raised (CANCEL-6)")
tap.is(t2:is_finished(), false, "the task is still running (JOIN-8)")
tap.is(t2:join(), "still", "and finishes normally (JOIN-8)")
