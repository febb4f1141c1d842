--[[---
clause: DRIVER-1
description: in the async_fn driver a task-level coroutine.yield is not a cancellation checkpoint
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local r = {}
local h
task.scope(function(s)
  h = s:spawn(function()
    pcall(task.sleep, tap.ms(10000)) -- woken by the cancel
    r.first = pcall(coroutine.yield)
    coroutine.yield()                -- unprotected: must not raise
    r.survived = true
    local ok, e = pcall(task.checkpoint)
    r.checkpoint = (not ok) and tap.is_cancel(e)
  end)
  task.sleep(tap.ms(10))
  s:cancel()
end)
tap.is(r.first, true, "pcall(coroutine.yield) returned true in a cancelled task (DRIVER-1)")
tap.is(r.survived, true, "an unprotected coroutine.yield() did not raise (DRIVER-1)")
tap.is(r.checkpoint, true, "the next real checkpoint still raised (DRIVER-1, CANCEL-3)")
tap.lives(function() h:join() end, "the task ended normally (DRIVER-1)")
