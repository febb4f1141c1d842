--[[---
clause: TIMEOUT-21, TIMEOUT-25, TIMEOUT-22
description: real time - a child whose cleanup fails right at the deadline does not end the grace of the uncooperative body - the body is aborted at deadline + grace and with_timeout reports the timeout
features: []
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local D, G = tap.ms(60), tap.ms(240)
local w, failer, body_alive_late
w = task.spawn(function()
  return pcall(task.with_timeout, D, function(s)
    failer = s:spawn(function()
      pcall(task.sleep, tap.ms(60000))
      error("cleanup failed", 0)
    end)
    while true do
      pcall(task.yield)
      if w:elapsed() >= D + G / 2 then body_alive_late = true end
    end
  end, { grace_ms = G })
end)
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout reported the timeout (TIMEOUT-21)")
tap.is_deeply({ pcall(failer.join, failer) }, { false, "cleanup failed" },
              "the child's own error stays its own (TIMEOUT-21)")
tap.is(body_alive_late, true, "the body was still running in the second half of the grace period (TIMEOUT-25)")
tap.at(w:elapsed(), D + G, "with_timeout returned at deadline + grace (TIMEOUT-22, TIMEOUT-25)")
