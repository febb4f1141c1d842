--[[---
clause: RUNTIME-3, CANCEL-13, ABORT-10
description: fibers made ready by a cancellation, a spawn and the end of a joined task resume in the order they became ready
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local log = tap.log()
local target = task.spawn(function() task.sleep(tap.ms(10000)) end)
local joiner = task.spawn(function() pcall(target.join, target); log("joiner") end)
task.scope(function(s)
  s:spawn(function() pcall(task.sleep, tap.ms(10000)); log("sleeper") end)
  task.sleep(tap.ms(10))                       -- everyone waits now
  -- Without suspending, make three fibers ready in a known order:
  s:cancel()                                   -- 1: wakes the sleeper
  task.spawn(function() log("spawned") end)    -- 2: a new task
  target:abort()                               -- 3: ends the joined task: its joiner is ready
  log("body")
end)
joiner:join()
log:is({ "body", "sleeper", "spawned", "joiner" },
       "each resumed in the order in which it became ready (RUNTIME-3)")
tap.ok(target:is_finished(), "the aborted target is finished (ABORT-10)")
