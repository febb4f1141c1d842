--[[---
clause: TIMEOUT-4
description: with a small grace, cooperative children and body that finish their cleanup in time are not aborted
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
local kids = {}
local ok, e = pcall(task.with_timeout, tap.ms(20), function(s)
  for i = 1, 3 do
    kids[i] = s:spawn(function()
      pcall(task.sleep, tap.ms(10000))
      for _ = 1, i do coroutine.yield() end
      log("child " .. i .. " cleaned up")
      return i
    end)
  end
  pcall(task.sleep, tap.ms(10000))
  log("body cleaned up")
end, { grace_ms = tap.ms(200) })
tap.is(ok, false, "with_timeout raised (TIMEOUT-2)")
tap.like(e, "timed out", "the timeout (TIMEOUT-2)")
tap.is(log:len(), 4, "all cleanups ran within the grace period (TIMEOUT-4)")
local sum = 0
for i = 1, 3 do sum = sum + kids[i]:join() end
tap.is(sum, 6, "every child returned normally: none was aborted (TIMEOUT-4)")
tap.ok(log:has("body cleaned up"), "the body ran its cleanup (TIMEOUT-4)")
