--[[---
clause: TIMEOUT-4, TIMEOUT-8, TIMEOUT-25, TIMEOUT-22
description: real time - a body that returns in the middle of the grace period neither ends nor restarts it - the uncooperative child is aborted at deadline + grace and with_timeout reports the timeout then
features: []
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

-- born[x]: the caller's elapsed() when x was spawned, so that x's end
-- is read on the caller's clock: born[x] + x:elapsed().
local born = {}

tap.plan(5)

local D, G = tap.ms(60), tap.ms(240)
local w, stubborn, body_end
w = task.spawn(function()
  return pcall(task.with_timeout, D, function(s)
    stubborn = s:spawn(function() while true do pcall(task.yield) end end); born[stubborn] = w:elapsed()
    pcall(task.sleep, tap.ms(60000))
    while w:elapsed() < D + G / 2 do pcall(task.yield) end
    body_end = w:elapsed()
    return "body returned"
  end, { grace_ms = G })
end)
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout raised \"timed out\" (TIMEOUT-8)")
tap.at(body_end, D + G / 2, "the body returned in the middle of the grace period")
local oks, es = pcall(stubborn.join, stubborn)
tap.ok(not oks and tostring(es):find("task aborted", 1, true), "the uncooperative child was aborted (TIMEOUT-5)")
tap.at(born[stubborn] + stubborn:elapsed(), D + G,
       "at deadline + grace: the body's end neither ended nor restarted the grace period (TIMEOUT-25)")
tap.at(w:elapsed(), D + G, "with_timeout returned at deadline + grace (TIMEOUT-22)")
