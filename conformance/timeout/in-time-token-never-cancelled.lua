--[[---
clause: TIMEOUT-1
description: a with_timeout that completes in time never cancels its token, and its deadline has no later effect
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local tok
local saw = {}
local r = task.with_timeout(tap.ms(40), function(s)
  tok = s:token()
  s:spawn(function() task.sleep(tap.ms(5)); saw.child = task.current().cancelled end)
  task.sleep(tap.ms(5))
  saw.body = task.current() == nil and "main" or task.current().cancelled
  return "in time"
end)
tap.is(r, "in time", "the body's result (TIMEOUT-1)")
tap.is(saw.child, false, "the child never saw a cancellation (TIMEOUT-1)")
tap.is(tok:is_cancelled(), false, "the token is not cancelled (TIMEOUT-1)")
task.sleep(tap.ms(80))   -- well past the old deadline
tap.is(tok:is_cancelled(), false, "nor after the deadline has passed (TIMEOUT-1)")
tap.lives(function() task.checkpoint() end, "the caller is unaffected by the old deadline (TIMEOUT-1)")
