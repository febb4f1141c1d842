--[[---
clause: ABORT-1, DRIVER-3
description: a coroutine-driver task sleeping in coroutine.yield(ms) is aborted like any other task
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local log = tap.log()
local closed = 0
local h = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function() closed = closed + 1 end })
  pcall(coroutine.yield, tap.ms(10000))
  log("woke")
end, { driver = "coroutine" })
task.sleep(tap.ms(10))
h:abort()
task.sleep(tap.ms(10))
tap.is(log:len(), 0, "it never woke (ABORT-1)")
tap.is(closed, 1, "its <close> variable was closed once (CLOSE-1)")
tap.raises(function() h:join() end, "task aborted", "join reports the abort (ABORT-5)")
