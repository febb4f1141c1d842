--[[---
clause: TIMEOUT-4
description: with a large grace, a child whose cleanup swallows cancellations for a while still completes - no abort
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local swallowed = 0
local child
local w = task.spawn(function()
  return pcall(task.with_timeout, tap.ms(20), function(s)
    child = s:spawn(function()
      pcall(task.sleep, tap.ms(10000))
      for _ = 1, 200 do
        if not pcall(task.yield) then swallowed = swallowed + 1 end
      end
      return "slow cleanup done"
    end)
    task.sleep(tap.ms(10000))
  end, { grace_ms = tap.ms(30000) })
end)
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout reports the timeout (TIMEOUT-2)")
tap.is(swallowed, 200, "the child swallowed 200 cancellations during the grace period (TIMEOUT-4)")
tap.is(child:join(), "slow cleanup done", "and returned normally (TIMEOUT-4)")
tap.cmp_ok(w:elapsed(), "<", tap.ms(10000), "with_timeout returned once it was done (TIMEOUT-4)")
