--[[---
clause: CANCEL-5, CANCEL-8, ROOT-4
description: in the main chunk, the effective token is that of the innermost open scope; outside, checkpoints never raise
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

tap.lives(function() task.checkpoint(); task.yield(); task.sleep(0) end,
          "the main chunk outside any scope is not cancelled (CANCEL-5)")
task.scope(function(outer)
  task.scope(function(inner)
    inner:cancel()
    tap.raises(function() task.checkpoint() end, "task cancelled",
               "inside the cancelled inner scope, checkpoint raises (CANCEL-5)")
  end)
  tap.lives(function() task.checkpoint() end,
            "back in the outer scope, it does not (CANCEL-8)")
  outer:cancel()
  tap.raises(function() task.yield() end, "task cancelled", "after the outer cancel, yield raises (CANCEL-5)")
end)
tap.lives(function() task.checkpoint(); task.sleep(0) end,
          "after both scopes returned the main chunk is not cancelled (CANCEL-8)")
local st = task.cancel_token()
st:cancel()
tap.lives(function() task.checkpoint() end,
          "a cancelled standalone token does not cancel the main chunk (TOKEN-1)")
