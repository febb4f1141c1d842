--[[---
clause: SCOPE-11, SPAWN-7
description: with sibling scopes open concurrently, each spawn attaches to its own task's innermost scope
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local gB, gA
local log = tap.log()
task.scope(function(A)
  A:spawn(function() -- c1 opens scope B and spawns into it
    task.scope(function(B)
      gB = task.spawn(function() task.sleep(tap.ms(10000)) end)
      task.sleep(tap.ms(20))  -- c2 runs while B is open
      B:cancel()
    end)
    log("B returned")
    tap.ok(gB:is_finished(), "scope B drained gB before returning (SCOPE-11)")
  end)
  A:spawn(function() -- c2 spawns while c1's scope B is open
    task.yield()
    gA = task.spawn(function()
      while not log:has("B returned") do task.sleep(tap.ms(5)) end -- outlive B
      log("gA done")
    end)
  end)
end)
log("A returned")
local ok, e = pcall(gB.join, gB)
tap.ok(not ok and tap.is_cancel(e), "gB attached to B: B's cancel reached it (SCOPE-11)")
tap.lives(function() gA:join() end, "gA attached to A: it was not cancelled by B (SCOPE-11)")
tap.ok(gA:is_finished(), "A drained gA (SCOPE-11)")
log:is({ "B returned", "gA done", "A returned" },
       "gA outlived scope B and was drained by A (SCOPE-11)")

local gR
task.scope(function(S)
  S:spawn(function()
    task.scope(function() task.sleep(tap.ms(10)) end)
    -- the child's own scope has returned: spawn attaches to S again
    gR = task.spawn(function() task.sleep(tap.ms(20)) end)
  end)
end)
tap.ok(gR:is_finished(), "after its own scope returned, a child spawns into its parent scope again (SCOPE-11)")
