--[[---
clause: TIMEOUT-25, TIMEOUT-21, TIMEOUT-22
description: a task spawned into the scope from outside during the grace period starts, sees the cancellation at its checkpoint and then fails with a real error - the uncooperative body keeps its grace and is aborted at deadline + grace
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

-- A root task holding the Scope spawns into it at deadline + grace / 4.
local D, G = tap.ms(100), tap.ms(400)
local log = tap.log()
local scope_obj, late, late_at
local w
w = task.spawn(function()
  return pcall(task.with_timeout, D, function(s)
    scope_obj = s
    local _ <close> = setmetatable({}, { __close = function() log("body closed at " .. w:elapsed()) end })
    while true do pcall(task.yield) end
  end, { grace_ms = G })
end)
task.spawn(function()
  task.sleep(D + G / 4)
  late_at = w:elapsed()
  late = scope_obj:spawn(function()
    log(pcall(task.checkpoint) and "not cancelled" or "cancelled")
    error({ "late task failed" })
  end)
end)
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true),
       "with_timeout raised \"timed out\": the late task's failure did not change its outcome (TIMEOUT-21)")
tap.is(log:items()[1], "cancelled",
       "the task spawned into the scope during the grace started and saw the cancellation (TIMEOUT-25)")
local okl, el = pcall(late.join, late)
tap.ok(not okl and type(el) == "table" and el[1] == "late task failed", "its join delivers its own error (TIMEOUT-21)")
tap.at(late_at + late:elapsed(), D + G / 4, "it failed at once, in the grace period")
tap.is(log:len(), 2, "the body's handler ran once (CLOSE-1)")
tap.at(w:elapsed(), D + G,
       "the uncooperative body kept its grace: with_timeout returned at deadline + grace (TIMEOUT-25, TIMEOUT-22)")
