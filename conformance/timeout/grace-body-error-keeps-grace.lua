--[[---
clause: TIMEOUT-7, TIMEOUT-25, TIMEOUT-22
description: real time - a body raising a real error in the middle of the grace period makes with_timeout re-raise it, but only after the uncooperative child was aborted at deadline + grace
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
local w, stubborn
local err = setmetatable({}, { __tostring = function() return "body error in grace" end })
w = task.spawn(function()
  return pcall(task.with_timeout, D, function(s)
    stubborn = s:spawn(function() while true do pcall(task.yield) end end); born[stubborn] = w:elapsed()
    pcall(task.sleep, tap.ms(60000))
    while w:elapsed() < D + G / 2 do pcall(task.yield) end
    error(err)
  end, { grace_ms = G })
end)
local ok, e = w:join()
tap.is(ok, false, "with_timeout raised")
tap.is(e, err, "it re-raised the body's error value itself, not the timeout (TIMEOUT-7)")
local oks, es = pcall(stubborn.join, stubborn)
tap.ok(not oks and tostring(es):find("task aborted", 1, true), "the uncooperative child was aborted (TIMEOUT-5)")
tap.at(born[stubborn] + stubborn:elapsed(), D + G,
       "at deadline + grace: the body's error did not end the grace period (TIMEOUT-25)")
tap.at(w:elapsed(), D + G, "with_timeout raised at deadline + grace (TIMEOUT-22, TIMEOUT-25)")
