--[[---
clause: TOKEN-1, CANCEL-5
description: cancelling a standalone token leaves the calling task, its scopes and its children uncancelled
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local tok = task.cancel_token()
local child
local r = task.scope(function(s)
  child = s:spawn(function() task.sleep(tap.ms(20)); return task.current().cancelled end)
  tok:cancel()
  tap.is(s:token():is_cancelled(), false, "the scope's token is untouched (TOKEN-1)")
  tap.lives(function() task.checkpoint() end, "the body's checkpoints do not raise (TOKEN-1)")
  return "body"
end)
tap.is(r, "body", "the scope completed normally (TOKEN-1)")
tap.is(child:join(), false, "the child was never cancelled (TOKEN-1)")
local h = task.spawn(function()
  local t = task.cancel_token()
  t:cancel()
  task.sleep(tap.ms(5))
  return task.current().cancelled
end)
tap.is(h:join(), false, "a task cancelling its own standalone token is not cancelled (TOKEN-1, CURRENT-3)")
