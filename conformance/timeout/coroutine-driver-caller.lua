--[[---
clause: TIMEOUT-11, DRIVER-7, TIMEOUT-3
description: a coroutine-driver task's with_timeout body sleeping in coroutine.yield(ms) is cancelled at the deadline
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local h = task.spawn(function()
  local seen
  local ok, e = pcall(task.with_timeout, tap.ms(20), function()
    local ok1, e1 = pcall(coroutine.yield, tap.ms(10000))
    seen = (not ok1) and tap.is_cancel(e1)
    task.checkpoint()
  end)
  return ok, e, seen
end, { driver = "coroutine" })
local ok, e, seen = h:join()
tap.is(seen, true, "coroutine.yield(ms) in the body raised the deadline's cancellation (DRIVER-7, TIMEOUT-3)")
tap.is(ok, false, "with_timeout raised (TIMEOUT-2)")
tap.like(e, "timed out", "the timeout (TIMEOUT-2)")
