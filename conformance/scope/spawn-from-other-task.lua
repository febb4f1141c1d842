--[[---
clause: SCOPE-8
description: Scope:spawn works from another task while the scope is open, and the scope drains that child
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local shared
local log = tap.log()
local spawned
local helper = task.spawn(function()
  while shared == nil do task.yield() end
  spawned = shared:spawn(function()
    task.sleep(tap.ms(30))
    log("child of the scope, spawned by another task")
  end)
  log("helper done")
end)
task.scope(function(s)
  shared = s
  task.yield() -- helper runs and spawns into s
  log("body done")
end)
log("scope returned")
helper:join()
log:is({ "helper done", "body done", "child of the scope, spawned by another task", "scope returned" },
       "the scope waited for a child another task spawned into it (SCOPE-8)")
tap.ok(spawned ~= nil and spawned:is_finished(), "that child had finished (SCOPE-8)")

local victim
task.scope(function(s)
  local spawner = task.spawn(function()
    victim = s:spawn(function() task.sleep(tap.ms(10000)) end)
  end)
  spawner:join()
  s:cancel()
end)
local ok, e = pcall(victim.join, victim)
tap.is(ok, false, "a child spawned into s by another task is cancelled with s (SCOPE-8)")
tap.ok(tap.is_cancel(e), "with the cancellation error (SCOPE-8)")
