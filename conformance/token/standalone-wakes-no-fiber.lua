--[[---
clause: TOKEN-12
description: cancelling a standalone token wakes no sleeper and makes no checkpoint raise, even in a task holding it
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local tok = task.cancel_token()
local h = task.spawn(function()
  local mine = tok
  task.sleep(tap.ms(40))
  task.checkpoint()
  return mine:is_cancelled()
end)
task.sleep(tap.ms(5))
tok:cancel()
tap.is(h:join(), true, "the task saw the token cancelled by polling it (TOKEN-12)")
tap.cmp_ok(h:elapsed(), ">=", tap.ms(40), "its sleep was not woken by the cancel (TOKEN-12)")
tap.ok(h:is_finished(), "its checkpoint did not raise (TOKEN-12)")
