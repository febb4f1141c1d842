--[[---
clause: SCOPE-15
description: a body that returns normally gets its results back even though its scope's token was cancelled meanwhile
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local r = table.pack(task.scope(function(s)
  s:spawn(function() pcall(task.sleep, tap.ms(10000)) end)
  s:cancel()
  return "kept", 2
end))
tap.is_deeply({ r.n, r[1], r[2] }, { 2, "kept", 2 }, "both results returned after the drain (SCOPE-15)")
local r2
task.scope(function(outer)
  r2 = table.pack(task.scope(function()
    outer:cancel()
    return "kept too"
  end))
end)
tap.is(r2[1], "kept too", "also when the cancellation came from an enclosing scope (SCOPE-15)")
local h = task.spawn(function()
  return task.scope(function(s) s:cancel(); return "in task" end)
end)
tap.is(h:join(), "in task", "in a task too (SCOPE-15)")
