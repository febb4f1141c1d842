--[[---
clause: SPAWN-8
description: the task's function is called with no arguments and its return values become the task's results
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local h = task.spawn(function(...) return select("#", ...), ... end)
tap.is(h:join(), 0, "std.task.spawn calls fn with no arguments (SPAWN-8)")
local n
task.scope(function(s)
  local h2 = s:spawn(function(...) n = select("#", ...) end, { name = "x" })
  h2:join()
end)
tap.is(n, 0, "Scope:spawn too (SPAWN-8)")
local h3 = task.spawn(function() return 1, nil, "three" end)
local r = table.pack(h3:join())
tap.is(r.n, 3, "its return values are the task's results (SPAWN-8)")
tap.is(r[3], "three", "in order (SPAWN-8)")
