--[[---
clause: ABORT-1
description: a task aborted while sleeping never wakes; other tasks and the aborter go on
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
local sleeper = task.spawn(function()
  task.sleep(tap.ms(30))
  log("sleeper woke")
end)
local other = task.spawn(function()
  task.sleep(tap.ms(60))
  log("other woke")
  return "other done"
end)
task.sleep(tap.ms(5))
sleeper:abort()
log("aborted")
tap.is(other:join(), "other done", "the other task ran normally (ABORT-7)")
log:is({ "aborted", "other woke" }, "the sleeper never woke, even after its deadline passed (ABORT-1)")
tap.ok(sleeper:is_finished(), "it is finished (ABORT-1)")
local ok, e = pcall(sleeper.join, sleeper)
tap.is(ok, false, "join raises (ABORT-5)")
tap.like(e, "task aborted", "\"task aborted\" (ABORT-5)")
