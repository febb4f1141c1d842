--[[---
clause: DRIVER-9
description: under the coroutine driver a task-level coroutine.yield() or coroutine.yield(ms) returns no values
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local h = task.spawn(function()
  return select("#", coroutine.yield()), select("#", coroutine.yield(tap.ms(1)))
end, { driver = "coroutine" })
local a, b = h:join()
tap.is(a, 0, "coroutine.yield() returned nothing (DRIVER-9)")
tap.is(b, 0, "coroutine.yield(ms) returned nothing (DRIVER-9)")
