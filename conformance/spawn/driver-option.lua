--[[---
clause: SPAWN-6, DRIVER-1, DRIVER-2
description: opts.driver selects "async_fn" or "coroutine"; both run the function and deliver its results
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local a = task.spawn(function() task.sleep(0); return "async" end, { driver = "async_fn" })
tap.is(a:join(), "async", "driver = \"async_fn\" runs the task (SPAWN-6)")

local c = task.spawn(function() task.sleep(0); return "coro" end, { driver = "coroutine" })
tap.is(c:join(), "coro", "driver = \"coroutine\" runs the task (SPAWN-6)")

local n = task.spawn(function() return task.current().name end,
                     { driver = "coroutine", name = "both" })
tap.is(n:join(), "both", "driver and name can be given together (SPAWN-6)")
tap.is(n.name, "both", "Handle.name set with a driver option (SPAWN-6)")

local cy = task.spawn(function()
  local t = {}
  for i = 1, 3 do t[i] = i; coroutine.yield() end
  return #t
end, { driver = "coroutine" })
tap.is(cy:join(), 3, "a coroutine-driver task can coroutine.yield() at task level (SPAWN-6, DRIVER-2)")
