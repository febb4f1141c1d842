--[[---
clause: SCOPE-8, SCOPE-2
description: a child of one scope spawns into another open scope; that other scope drains it
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local X
local foreign
task.scope(function(A)
  A:spawn(function()
    task.scope(function(s)
      X = s
      task.sleep(tap.ms(20))
    end)
    log("X returned")
  end)
  A:spawn(function()
    task.yield()
    foreign = X:spawn(function()
      task.sleep(tap.ms(60))
      log("foreign done")
    end)
    log("spawned into X")
  end)
end)
tap.is(log:items()[1], "spawned into X", "a task outside X spawned into it (SCOPE-8)")
log:is({ "spawned into X", "foreign done", "X returned" },
       "scope X waited for the child spawned into it from elsewhere (SCOPE-2)")
tap.ok(foreign:is_finished(), "that child finished (SCOPE-8)")
tap.cmp_ok(foreign:elapsed(), ">=", tap.ms(60), "after its full sleep (SCOPE-2)")
