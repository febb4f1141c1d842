--[[---
clause: ABORT-6
description: a task aborting itself and then joining another task is ended at that join
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local log = tap.log()
local other = task.spawn(function() task.sleep(tap.ms(20)); return "other" end)
local h
h = task.spawn(function()
  h:abort()
  log("before join")
  local r = other:join()
  log("after join " .. tostring(r))
end)
local ok, e = pcall(h.join, h)
log:is({ "before join" }, "the self-aborted task ended at the join (ABORT-6)")
tap.ok(not ok and tostring(e):find("task aborted", 1, true), "\"task aborted\" (ABORT-5)")
tap.is(other:join(), "other", "the joined task was not affected (ABORT-7)")
