--[[---
clause: SPAWN-11, SPAWN-7, DRIVER-5
description: a task spawned inside a user coroutine of a task attaches to that task's current scope
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local g
local h
task.scope(function(s)
  h = s:spawn(function()
    task.scope(function(inner)
      local co = coroutine.create(function()
        g = task.spawn(function() task.sleep(tap.ms(10000)) end)
        coroutine.yield("spawned")
      end)
      local _, v = coroutine.resume(co)
      tap.is(v, "spawned", "the coroutine spawned and yielded to its resumer (DRIVER-5)")
      inner:cancel()
    end)
    return g:is_finished()
  end)
end)
tap.is(h:join(), true, "the inner scope of the task drained the coroutine's child (SPAWN-11)")
local ok, e = pcall(g.join, g)
tap.ok(not ok and tap.is_cancel(e), "and cancelled it: it was attached to that scope (SPAWN-7)")
