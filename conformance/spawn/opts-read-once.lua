--[[---
clause: SPAWN-10
description: spawn reads opts once - changing the table afterwards changes neither name nor driver
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local opts = { name = "first", driver = "async_fn" }
local seen
local h = task.spawn(function()
  seen = task.current().name
  task.scope(function(s)
    s:cancel()
    -- async_fn: a task-level coroutine.yield is not a checkpoint (DRIVER-1)
    seen = seen .. "," .. tostring(pcall(coroutine.yield))
  end)
end, opts)
opts.name = "second"
opts.driver = "coroutine"
h:join()
tap.is(h.name, "first", "Handle.name keeps the name read at spawn (SPAWN-10)")
tap.is(seen, "first,true", "current().name too, and the driver stayed async_fn (SPAWN-10)")
local o2 = { name = "scoped" }
local h2
task.scope(function(s) h2 = s:spawn(function() return task.current().name end, o2); o2.name = nil end)
tap.is(h2:join(), "scoped", "Scope:spawn reads opts once too (SPAWN-10)")
tap.is(h2.name, "scoped", "its Handle keeps the name (SPAWN-10)")
