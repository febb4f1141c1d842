--[[---
clause: SCOPE-1, SCOPE-2
description: a scope whose body does nothing returns no values at once, in the main chunk and in a task
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local r = table.pack(task.scope(function() end))
tap.is(r.n, 0, "scope(function() end) returns no values (SCOPE-1)")
local r2 = table.pack(task.scope("named", function() end))
tap.is(r2.n, 0, "a named scope too (SCOPE-1)")
local h = task.spawn(function() return select("#", task.scope(function() end)) end)
tap.is(h:join(), 0, "in a task too (SCOPE-1)")
local n = 0
for _ = 1, 100 do task.scope(function() n = n + 1 end) end
tap.is(n, 100, "a hundred empty scopes in a row each ran their body once (SCOPE-1)")
