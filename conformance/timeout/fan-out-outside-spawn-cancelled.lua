--[[---
clause: TIMEOUT-3, TIMEOUT-8, TIMEOUT-23, TIMEOUT-22
description: after the body returned (fan-out), a task spawned into the scope from outside while it drains is cancelled at the deadline like the body's own children - both wake with "task cancelled" then, and with_timeout reports the timeout
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local D, T = tap.ms(100), tap.ms(30)
local w, scope_obj, kid, late, late_at
local function sleeper()
  local ok, err = pcall(task.sleep, tap.ms(60000))
  return ok and "slept" or err
end
w = task.spawn(function()
  return pcall(task.with_timeout, D, function(s)
    scope_obj = s
    kid = s:spawn(sleeper)
    return "fanned out"
  end)
end)
task.spawn(function()
  task.sleep(T)
  late_at = w:elapsed()
  late = scope_obj:spawn(sleeper)
end)
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout reported the timeout (TIMEOUT-8)")
tap.is(kid:join(), "task cancelled", "the body's child was cancelled (TIMEOUT-3)")
tap.is(late:join(), "task cancelled",
       "the task spawned into the draining scope from outside was cancelled (TIMEOUT-23)")
tap.at(late_at + late:elapsed(), D, "at the deadline (TIMEOUT-3, TIMEOUT-22)")
tap.at(w:elapsed(), D, "with_timeout returned at the deadline (TIMEOUT-22)")
