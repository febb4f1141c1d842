--[[---
clause: TIMEOUT-4, TIMEOUT-5, TIMEOUT-22
description: real time - two runs with uncooperative members that differ only in grace_ms end exactly the difference apart, each at deadline + grace
features: []
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local D = tap.ms(50)
local function run(grace)
  local w = task.spawn(function()
    return pcall(task.with_timeout, D, function(s)
      s:spawn(function() while true do pcall(task.yield) end end)
      while true do pcall(task.yield) end
    end, { grace_ms = grace })
  end)
  local ok, e = w:join()
  return w:elapsed(), not ok and tostring(e):find("timed out", 1, true) ~= nil
end
local G1, G2 = tap.ms(60), tap.ms(260)
local e1, t1 = run(G1)
local e2, t2 = run(G2)
tap.ok(t1 and t2, "both runs raised \"timed out\" (TIMEOUT-2)")
tap.at(e1, D + G1, "the first run (grace " .. G1 .. " ms) ended at deadline + grace (TIMEOUT-22)")
tap.at(e2, D + G2, "the second run (grace " .. G2 .. " ms) ended at deadline + grace (TIMEOUT-22)")
tap.cmp_ok(e2 - e1, ">=", G2 - G1 - tap.late, "they end the grace difference apart, not less (TIMEOUT-4)")
tap.cmp_ok(e2 - e1, "<=", G2 - G1 + tap.late, "they end the grace difference apart, not more (TIMEOUT-5)")
