--[[---
clause: TIMEOUT-1, TIMEOUT-2, TIMEOUT-19
description: a thousand concurrent with_timeouts, half finishing in time and half cut short, each report the right outcome
features: []
flags: [slow]
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local N = 1000
local in_time, timed_out, wrong = 0, 0, 0
local leftover = 0
task.scope(function(s)
  for i = 1, N do
    s:spawn(function()
      local kid
      local ok, r = pcall(task.with_timeout, tap.ms(i % 2 == 0 and 5000 or 5), function(ws)
        kid = ws:spawn(function() task.sleep(tap.ms(i % 2 == 0 and 1 or 60000)) end)
        task.sleep(tap.ms(i % 2 == 0 and 1 or 60000))
        return i
      end, { grace_ms = i % 4 == 1 and 0 or tap.ms(1000) })
      if not kid:is_finished() then leftover = leftover + 1 end
      if ok and r == i and i % 2 == 0 then in_time = in_time + 1
      elseif not ok and tostring(r):find("timed out", 1, true) and i % 2 == 1 then timed_out = timed_out + 1
      else wrong = wrong + 1 end
    end)
  end
end)
tap.is(in_time, N // 2, "500 returned their body's result (TIMEOUT-1)")
tap.is(timed_out, N // 2, "500 reported the timeout (TIMEOUT-2)")
tap.is(leftover + wrong, 0, "no wrong outcome and no child left running (TIMEOUT-19)")
