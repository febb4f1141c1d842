--[[---
clause: CANCEL-4
description: cancelling a scope wakes all of its sleeping children at once, whatever their deadlines
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local hs = {}
local t0
task.scope(function(s)
  for i = 1, 50 do
    hs[i] = s:spawn(function() task.sleep(tap.ms(5000 + 100 * i)) end)
  end
  task.sleep(tap.ms(20))
  s:cancel()
  t0 = hs[1]:elapsed()
end)
local cancelled, slowest = 0, 0
for i = 1, 50 do
  local ok, e = pcall(hs[i].join, hs[i])
  if not ok and tap.is_cancel(e) then cancelled = cancelled + 1 end
  slowest = math.max(slowest, hs[i]:elapsed())
end
tap.is(cancelled, 50, "all 50 sleepers ended with the cancellation error (CANCEL-4)")
tap.cmp_ok(slowest, "<", tap.ms(4000), "none slept until its deadline (CANCEL-4)")
tap.cmp_ok(t0, ">=", 0, "elapsed is a number of milliseconds (HANDLE-2)")
tap.ok(hs[50]:is_finished(), "the one with the latest deadline is finished too (CANCEL-4)")
