--[[---
clause: CLOSE-1, ABORT-6
description: a task that aborted itself closes its pending variables once when it is ended at its next suspension
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local log = tap.log()
local h
h = task.spawn(function()
  local _a <close> = setmetatable({}, { __close = function() log("a") end })
  local _b <close> = setmetatable({}, { __close = function() log("b") end })
  h:abort()
  log("running")
  task.yield()
end)
pcall(h.join, h)
task.sleep(tap.ms(5))
log:is({ "running", "b", "a" }, "closed once, innermost first, after it ran to its suspension (CLOSE-1)")
tap.raises(function() h:join() end, "task aborted", "join reports the abort (ABORT-5)")
