--[[---
clause: SPAWN-7
description: a child's std.task.spawn attaches to the scope the child was spawned into, not to whatever scope its spawner has open at that moment
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

-- The parent spawns a child into s, then opens an inner scope and waits in
-- it; meanwhile the child spawns a grandchild. The grandchild belongs to s
-- (the child's scope), never to the parent's inner scope.
local log = tap.log()
local g
task.scope(function(s)
  s:spawn(function()
    g = task.spawn(function() task.sleep(tap.ms(40)); log("grandchild done") end)
  end)
  task.scope(function()
    while g == nil do task.yield() end
  end)
  log("inner scope returned")
end)
log("outer scope returned")
log:is({ "inner scope returned", "grandchild done", "outer scope returned" },
       "the parent's inner scope did not wait for the grandchild; the child's scope did (SPAWN-7)")
tap.ok(g:is_finished(), "the grandchild finished before its scope returned (SPAWN-7)")

-- Cancelling the parent's inner scope does not reach the grandchild.
local g2, inner_cancelled
task.scope(function(s)
  s:spawn(function()
    g2 = task.spawn(function() task.sleep(tap.ms(40)); return "g2 done" end)
  end)
  task.scope(function(inner)
    while g2 == nil do task.yield() end
    inner:cancel()
    inner_cancelled = true
  end)
end)
tap.ok(inner_cancelled, "the inner scope was cancelled")
local ok2, r2 = pcall(g2.join, g2)
tap.ok(ok2 and r2 == "g2 done", "the grandchild was not cancelled by the parent's inner scope (SPAWN-7)")

-- Cancelling the child's scope does reach it, even from inside the
-- parent's inner scope.
local g3
task.scope(function(s)
  s:spawn(function()
    g3 = task.spawn(function() task.sleep(tap.ms(10000)) end)
  end)
  task.scope(function()
    while g3 == nil do task.yield() end
    s:cancel()
  end)
end)
local ok3, e3 = pcall(g3.join, g3)
tap.is(ok3, false, "cancelling the child's scope ended the grandchild (SPAWN-7)")
tap.ok(tap.is_cancel(e3), "with the cancellation error (SPAWN-7)")
