--[[---
clause: DRIVER-6, JOIN-6
description: join inside a user coroutine raises when it would wait, but returns at once for a finished task
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

local done = task.spawn(function() return "done" end)
local slow = task.spawn(function() task.sleep(tap.ms(30)); return "slow" end)
local h = task.spawn(function()
  local co = coroutine.wrap(function()
    local a = done:join()
    local ok = pcall(slow.join, slow)
    return a, ok
  end)
  local a, ok = co()
  return a, ok, slow:join()
end)
local a, ok, s = h:join()
tap.is(a, "done", "join of a finished task worked inside the coroutine (JOIN-6)")
tap.is(ok, false, "join that would wait raised inside the coroutine (DRIVER-6)")
tap.is(s, "slow", "the task carried on and joined at task level (DRIVER-6)")
