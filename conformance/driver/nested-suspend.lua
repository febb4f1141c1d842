--[[---
clause: DRIVER-8
description: optional nested-suspend - a std.task suspension inside a plain coroutine suspends the whole task and resumes in place
features: [nested-suspend]
flags: []
---]]
local tap = require "tap"
local task = std.task

if not tap.needs("nested-suspend") then return end
tap.plan(4)

local log = tap.log()
local h = task.spawn(function()
  local gen = coroutine.wrap(function()
    task.sleep(tap.ms(20))
    coroutine.yield("first")
    task.yield()
    return "second"
  end)
  local a = gen()
  local b = gen()
  return a, b
end)
local other = task.spawn(function() log("other ran") end)
local a, b = h:join()
other:join()
tap.is(a, "first", "the coroutine resumed in place after its sleep and yielded its value (DRIVER-8)")
tap.is(b, "second", "and after a task yield (DRIVER-8)")
tap.cmp_ok(h:elapsed(), ">=", tap.ms(20), "the sleep really suspended the task (DRIVER-8)")
tap.ok(log:has("other ran"), "other tasks ran meanwhile (DRIVER-8)")
