--[[---
clause: SCOPE-5
description: a body ending with the cancellation of its own scope is absorbed - scope returns no values
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(7)

local r = table.pack(pcall(task.scope, function(s)
  s:cancel()
  task.checkpoint()
  return "unreached"
end))
tap.is(r[1], true, "scope did not raise after its own Scope:cancel (SCOPE-5)")
tap.is(r.n, 1, "and returned no values (SCOPE-5)")

local r2 = table.pack(pcall(task.scope, function(s)
  s:spawn(function() task.sleep(tap.ms(10000)) end)
  task.sleep(tap.ms(10))
  s:cancel()
  task.sleep(tap.ms(10000))
end))
tap.is(r2[1], true, "a body cancelled in its sleep is absorbed too (SCOPE-5)")
tap.is(r2.n, 1, "no values (SCOPE-5)")

local h = task.spawn(function()
  return select("#", task.scope(function(s) s:cancel(); task.yield(); return 1, 2 end)), "after"
end)
local n, after = h:join()
tap.is(n, 0, "in a task, the absorbed scope returned no values (SCOPE-5)")
tap.is(after, "after", "and the task went on normally (SCOPE-5)")

-- A body that catches its own scope's cancellation and returns normally
-- does not end with the cancellation error: its results are returned.
local r3 = table.pack(task.scope(function(s)
  s:cancel()
  pcall(task.checkpoint)
  return "caught"
end))
tap.is(r3[1], "caught", "a body that swallowed its own cancel returns its results (SCOPE-1, SCOPE-5)")
