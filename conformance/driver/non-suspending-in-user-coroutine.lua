--[[---
clause: DRIVER-5, CHECKPOINT-1
description: non-suspending std.task calls (spawn, checkpoint, tokens, Handle queries) work inside a plain coroutine
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local h = task.spawn(function()
  local child
  local ok, e = coroutine.resume(coroutine.create(function()
    task.checkpoint()
    local tok = task.cancel_token()
    tok:check()
    child = task.spawn(function() return "spawned from a coroutine" end)
    return child:is_finished(), tok:is_cancelled()
  end))
  return ok, e, child
end)
local ok, finished, child = h:join()
tap.is(ok, true, "checkpoint, cancel_token, check, spawn and is_finished ran in a coroutine (DRIVER-5)")
tap.is(finished, false, "the child spawned there had not started yet (SPAWN-2)")
tap.is(child:join(), "spawned from a coroutine", "and it ran as a task of its own (DRIVER-5)")

local cancelled_ok
task.scope(function(s)
  s:cancel()
  cancelled_ok = coroutine.resume(coroutine.create(function() task.checkpoint() end))
end)
tap.is(cancelled_ok, false, "checkpoint in a coroutine still raises when the task is cancelled (CHECKPOINT-2)")
