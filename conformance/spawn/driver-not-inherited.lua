--[[---
clause: DRIVER-13, SPAWN-6
description: a child spawned without opts.driver uses the host default (async_fn), whatever its spawner's driver
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local child_res
local parent0 = task.spawn(function()
  local c
  task.scope(function(inner)
    inner:cancel()
    c = task.spawn(function()
      -- async_fn: coroutine.yield is not a checkpoint, so it does not raise
      return pcall(coroutine.yield)
    end)
  end)
  child_res = table.pack(c:join())
end, { driver = "coroutine" })
parent0:join()
tap.is(child_res[1], true, "the child's coroutine.yield did not raise: it runs under async_fn (DRIVER-13)")
tap.is(child_res.n, 1, "and returned nothing (DRIVER-1)")
local c2
local parent = task.spawn(function()
  c2 = task.spawn(function() local ok = pcall(coroutine.yield, "not a number"); return ok end)
  return c2:join()
end, { driver = "coroutine" })
tap.is(parent:join(), true, "under async_fn the child's coroutine.yield(value) is no sleep and no error (DRIVER-13)")
