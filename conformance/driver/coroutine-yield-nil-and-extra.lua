--[[---
clause: DRIVER-10
description: under the coroutine driver coroutine.yield(nil) is a yield, and values after the first argument are ignored
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local log = tap.log()
local a = task.spawn(function()
  for i = 1, 2 do log("A" .. i); coroutine.yield(nil) end
end, { driver = "coroutine" })
local b = task.spawn(function() for i = 1, 2 do log("B" .. i); task.yield() end end)
a:join(); b:join()
log:is({ "A1", "B1", "A2", "B2" }, "coroutine.yield(nil) interleaves like yield (DRIVER-10)")
local h = task.spawn(function()
  coroutine.yield(tap.ms(20), "ignored", {}, 99)
  return "slept"
end, { driver = "coroutine" })
tap.is(h:join(), "slept", "extra values after ms were ignored (DRIVER-10)")
tap.cmp_ok(h:elapsed(), ">=", tap.ms(20), "and it slept ms (DRIVER-3)")
