--[[---
clause: CANCEL-13, TOKEN-9
description: cancel() makes every sleeping or joining fiber under the token ready before it returns - they run before tasks spawned after it
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local log = tap.log()
local target = task.spawn(function() task.sleep(tap.ms(10000)) end)
task.scope(function(s)
  s:spawn(function() pcall(task.sleep, tap.ms(10000)); log("sleeper") end)
  s:spawn(function() pcall(target.join, target); log("joiner") end)
  s:spawn(function()
    task.scope(function() pcall(task.sleep, tap.ms(10000)); log("nested sleeper") end)
  end)
  task.sleep(tap.ms(10))
  s:cancel()
  tap.is(s:token():is_cancelled(), true, "the token reads cancelled as soon as cancel() returns (TOKEN-9)")
  task.spawn(function() log("spawned after cancel") end)
end)
log:is({ "sleeper", "joiner", "nested sleeper", "spawned after cancel" },
       "the woken fibers were queued before cancel() returned (CANCEL-13)")
tap.is(target:is_finished(), false, "the joined task itself is untouched (CANCEL-6)")
target:abort()
