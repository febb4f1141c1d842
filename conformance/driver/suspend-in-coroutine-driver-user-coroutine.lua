--[[---
clause: DRIVER-6
description: in a coroutine-driver task, sleep and yield inside a user coroutine raise instead of suspending the task
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

if tap.has("nested-suspend") then
  tap.skip_all("nested-suspend claimed: DRIVER-8 applies instead")
  return
end
tap.plan(3)

local h = task.spawn(function()
  local co = coroutine.wrap(function()
    local ok1 = pcall(task.sleep, tap.ms(1))
    local ok2 = pcall(task.yield)
    coroutine.yield("to resumer")
    return ok1, ok2
  end)
  local v = co()
  local ok1, ok2 = co()
  return v, ok1, ok2
end, { driver = "coroutine" })
local v, ok1, ok2 = h:join()
tap.is(ok1, false, "sleep raised inside the user coroutine (DRIVER-6)")
tap.is(ok2, false, "yield raised inside the user coroutine (DRIVER-6)")
tap.is(v, "to resumer", "the coroutine's own coroutine.yield went to its resumer (DRIVER-5)")
