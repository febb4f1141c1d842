--[[---
clause: SCOPE-14
description: when a scope returns or raises the fiber's previous current scope is restored; children never have it installed
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local a, b, c
task.scope(function(outer)
  pcall(task.scope, function() error("x", 0) end)
  a = task.spawn(function() task.sleep(tap.ms(10000)) end)  -- must attach to outer
  task.scope(function() end)
  b = task.spawn(function() task.sleep(tap.ms(10000)) end)
  outer:cancel()
end)
local oka, ea = pcall(a.join, a)
tap.ok(not oka and tap.is_cancel(ea), "after a scope raised, spawn attached to the enclosing scope again (SCOPE-14)")
local okb, eb = pcall(b.join, b)
tap.ok(not okb and tap.is_cancel(eb), "after a scope returned, too (SCOPE-14)")
local inner_ref
local r
task.scope(function(s)
  task.scope(function(inner)
    inner_ref = inner
    c = s:spawn(function()
      -- spawned into the outer scope s while the inner one is open in the body:
      -- c's current scope is s, not inner
      local g = task.spawn(function() task.sleep(tap.ms(30)) end)
      r = g
    end)
    task.yield()
    inner:cancel()
  end)
end)
tap.ok(c:is_finished() and r:is_finished(), "the child and its own child finished (SCOPE-14)")
tap.lives(function() r:join() end,
          "the inner scope's cancel did not reach the grandchild: inner was never its current scope (SCOPE-14)")
local _ = inner_ref
