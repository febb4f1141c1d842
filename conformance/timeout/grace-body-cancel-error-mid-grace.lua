--[[---
clause: TIMEOUT-4, TIMEOUT-22, TIMEOUT-25, TIMEOUT-8
description: a body that lets the cancellation error escape in the middle of the grace period neither ends nor restarts the grace - the uncooperative child is aborted at deadline + grace and with_timeout reports the timeout then
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

-- A root task raises `go` at deadline + grace / 2: the body swallows the
-- cancellation until then, and then lets a checkpoint raise it.
local D, G = tap.ms(100), tap.ms(240)
local go = false
local w, child, born, body_end
w = task.spawn(function()
  return pcall(task.with_timeout, D, function(s)
    child = s:spawn(function() while true do pcall(task.yield) end end)
    born = w:elapsed()
    while not go do pcall(task.yield) end
    body_end = w:elapsed()
    task.checkpoint()
    return "not reached"
  end, { grace_ms = G })
end)
task.spawn(function() task.sleep(D + G / 2); go = true end)
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true),
       "with_timeout raised \"timed out\", not the body's cancellation error (TIMEOUT-8)")
tap.at(body_end, D + G / 2, "the body left on the cancellation in the middle of the grace period")
local okc, ec = pcall(child.join, child)
tap.ok(not okc and tostring(ec):find("task aborted", 1, true), "the uncooperative child was aborted (TIMEOUT-5)")
tap.at(born + child:elapsed(), D + G,
       "at deadline + grace: the body's end neither ended nor restarted the grace (TIMEOUT-25)")
tap.at(w:elapsed(), D + G, "with_timeout returned at deadline + grace (TIMEOUT-22)")
