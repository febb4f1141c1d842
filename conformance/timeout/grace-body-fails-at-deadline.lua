--[[---
clause: TIMEOUT-7, TIMEOUT-25, TIMEOUT-22
description: real time - a body whose cleanup raises a real error right at the deadline does not end the uncooperative child's grace - the child is aborted at deadline + grace, then the body's error is re-raised
features: []
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local D, G = tap.ms(60), tap.ms(240)
local w, child, child_alive_late
w = task.spawn(function()
  return pcall(task.with_timeout, D, function(s)
    child = s:spawn(function()
      while true do
        pcall(task.yield)
        if w:elapsed() >= D + G / 2 then child_alive_late = true end
      end
    end)
    pcall(task.sleep, tap.ms(60000))
    error("cleanup failed", 0)
  end, { grace_ms = G })
end)
tap.is_deeply({ w:join() }, { false, "cleanup failed" }, "with_timeout re-raised the body's error (TIMEOUT-7)")
tap.is(child_alive_late, true, "the child still ran in the second half of the grace period (TIMEOUT-25)")
local okc, ec = pcall(child.join, child)
tap.ok(not okc and tostring(ec):find("task aborted", 1, true), "the child was aborted at the end (TIMEOUT-5)")
tap.at(w:elapsed(), D + G, "with_timeout raised at deadline + grace (TIMEOUT-22, TIMEOUT-25)")
