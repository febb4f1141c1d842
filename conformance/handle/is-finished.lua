--[[---
clause: HANDLE-1
description: is_finished is false until the task ends and true after any ending - return, error, cancel, abort
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(8)

local h = task.spawn(function() task.sleep(tap.ms(20)) end)
tap.is(h:is_finished(), false, "false before the task started (HANDLE-1)")
task.yield()
tap.is(h:is_finished(), false, "false while it sleeps (HANDLE-1)")
h:join()
tap.is(h:is_finished(), true, "true after it returned (HANDLE-1)")

local f = task.spawn(function() error("x", 0) end)
pcall(f.join, f)
tap.is(f:is_finished(), true, "true after it failed (HANDLE-1)")

local c
task.scope(function(s)
  c = s:spawn(function() task.sleep(tap.ms(10000)) end)
  task.yield()
  tap.is(c:is_finished(), false, "false for a sleeping scope child (HANDLE-1)")
  s:cancel()
end)
tap.is(c:is_finished(), true, "true after it was cancelled (HANDLE-1)")

local a = task.spawn(function() task.sleep(tap.ms(10000)) end)
task.yield()
a:abort()
pcall(a.join, a)
tap.is(a:is_finished(), true, "true after it was aborted (HANDLE-1)")

local seen
local me
me = task.spawn(function() seen = me:is_finished() end)
me:join()
tap.is(seen, false, "a running task's own Handle says false (HANDLE-1)")
