--[[---
clause: DRIVER-5, DRIVER-16
description: an error inside a user coroutine goes to its resumer (resume returns false, wrap re-raises) and the task goes on
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local h = task.spawn(function()
  local err = {}
  local co = coroutine.create(function() error(err) end)
  local ok, e = coroutine.resume(co)
  local okw, ew = pcall(coroutine.wrap(function() error("wrapped", 0) end))
  task.sleep(tap.ms(1))
  return (not ok) and rawequal(e, err), (not okw) and ew, "went on"
end, { driver = "coroutine" })
local a, b, c = h:join()
tap.is(a, true, "resume returned false and the error value (DRIVER-5)")
tap.is(b, "wrapped", "wrap re-raised in the task (DRIVER-16)")
tap.is(c, "went on", "the task went on (DRIVER-5)")
