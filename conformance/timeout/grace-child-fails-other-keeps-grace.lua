--[[---
clause: TIMEOUT-21, TIMEOUT-25, TIMEOUT-22
description: real time - a child failing in the middle of the grace period neither ends it nor changes the outcome - the other uncooperative child is aborted at deadline + grace and with_timeout reports the timeout
features: []
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

-- born[x]: the caller's elapsed() when x was spawned, so that x's end
-- is read on the caller's clock: born[x] + x:elapsed().
local born = {}

tap.plan(6)

local D, G = tap.ms(60), tap.ms(240)
local w, failer, stubborn
w = task.spawn(function()
  return pcall(task.with_timeout, D, function(s)
    stubborn = s:spawn(function() while true do pcall(task.yield) end end); born[stubborn] = w:elapsed()
    failer = s:spawn(function()
      pcall(task.sleep, tap.ms(60000))
      while w:elapsed() < D + G / 2 do pcall(task.yield) end
      error("child failed in the grace period", 0)
    end)
    born[failer] = w:elapsed()
    task.sleep(tap.ms(60000))
  end, { grace_ms = G })
end)
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true),
       "with_timeout still raised \"timed out\": a child's failure does not change its outcome (TIMEOUT-21)")
local okf, ef = pcall(failer.join, failer)
tap.is_deeply({ okf, ef }, { false, "child failed in the grace period" },
              "the failing child's join delivers its error (TIMEOUT-21)")
tap.at(born[failer] + failer:elapsed(), D + G / 2, "it failed in the middle of the grace period")
local oks, es = pcall(stubborn.join, stubborn)
tap.ok(not oks and tostring(es):find("task aborted", 1, true), "the other child was aborted (TIMEOUT-5)")
tap.at(born[stubborn] + stubborn:elapsed(), D + G,
       "at deadline + grace: the failure did not end the grace period (TIMEOUT-25)")
tap.at(w:elapsed(), D + G, "with_timeout returned at deadline + grace (TIMEOUT-22, TIMEOUT-25)")
