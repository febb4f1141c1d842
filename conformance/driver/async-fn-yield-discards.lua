--[[---
clause: DRIVER-1
description: in the async_fn driver a task-level coroutine.yield(...) discards its values and returns nothing
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local function probe()
  local n1 = select("#", coroutine.yield(1, 2, 3))
  local n2 = select("#", coroutine.yield())
  return n1, n2, "continued"
end
local n1, n2, cont = task.spawn(probe):join()
tap.is(n1, 0, "coroutine.yield(1, 2, 3) returned nothing in the default driver (DRIVER-1)")
tap.is(n2, 0, "coroutine.yield() returned nothing (DRIVER-1)")
tap.is(cont, "continued", "and the task continued (DRIVER-1)")
local m1 = task.spawn(probe, { driver = "async_fn" }):join()
tap.is(m1, 0, "same with driver = \"async_fn\" given explicitly (DRIVER-1)")
