--[[---
clause: TOKEN-1
description: a standalone token cancels nothing by itself and nothing cancels it
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local h = task.spawn(function()
  local tok = task.cancel_token()
  tok:cancel()
  local ok1 = pcall(task.checkpoint)
  local ok2 = pcall(task.sleep, tap.ms(5))
  return ok1, ok2, task.current().cancelled
end)
local ok1, ok2, cancelled = h:join()
tap.is(ok1, true, "cancelling a standalone token did not cancel the task's checkpoint (TOKEN-1)")
tap.is(ok2, true, "nor its sleep (TOKEN-1)")
tap.is(cancelled, false, "current().cancelled stayed false (TOKEN-1, CURRENT-3)")

local inside
task.scope(function(s)
  inside = task.cancel_token()
  s:cancel()
  tap.is(inside:is_cancelled(), false,
         "a token created in a scope is not cancelled with it (TOKEN-1)")
end)
tap.is(inside:is_cancelled(), false, "still not cancelled after the scope returned (TOKEN-1)")

local t2 = task.cancel_token()
local child
task.scope(function(s)
  child = s:spawn(function() task.sleep(tap.ms(20)); return "child done" end)
  t2:cancel()
end)
tap.is(child:join(), "child done",
       "cancelling a standalone token inside a scope does not cancel the scope's children (TOKEN-1)")
