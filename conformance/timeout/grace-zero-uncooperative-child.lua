--[[---
clause: TIMEOUT-6, TIMEOUT-5, TIMEOUT-22
description: with grace_ms = 0 a child that would swallow every cancellation is aborted at once
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local spins = 0
local child
local w = task.spawn(function()
  return pcall(task.with_timeout, tap.ms(20), function(s)
    child = s:spawn(function()
      while true do
        pcall(task.sleep, tap.ms(10000))
        spins = spins + 1
      end
    end)
    task.sleep(tap.ms(10000))
  end, { grace_ms = 0 })
end)
local ok, e = w:join()
tap.is(ok, false, "with_timeout raised (TIMEOUT-2)")
tap.like(e, "timed out", "the timeout (TIMEOUT-2)")
tap.is(spins, 0, "the child never got to swallow a cancellation (TIMEOUT-6)")
local okc, ec = pcall(child.join, child)
tap.ok(not okc and tostring(ec):find("task aborted", 1, true), "it was hard-aborted (TIMEOUT-5)")
tap.at(w:elapsed(), tap.ms(20), "with_timeout returned at the deadline (TIMEOUT-6, TIMEOUT-22)")
