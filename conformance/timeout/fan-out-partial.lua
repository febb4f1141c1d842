--[[---
clause: TIMEOUT-8, TIMEOUT-3
description: fan-out where some children finish before the deadline and some do not - the timeout is reported, finished children keep their results
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local hs = {}
local ok, e = pcall(task.with_timeout, tap.ms(40), function(s)
  for i = 1, 6 do
    hs[i] = s:spawn(function()
      task.sleep(i <= 3 and tap.ms(1) or tap.ms(10000))
      return i
    end)
  end
end)
tap.is(ok, false, "with_timeout raised (TIMEOUT-8)")
tap.like(e, "timed out", "the timeout (TIMEOUT-8)")
local sum = 0
for i = 1, 3 do sum = sum + hs[i]:join() end
tap.is(sum, 6, "the three fast children returned their results (JOIN-1)")
local cancelled = 0
for i = 4, 6 do
  local okc, ec = pcall(hs[i].join, hs[i])
  if not okc and tap.is_cancel(ec) then cancelled = cancelled + 1 end
end
tap.is(cancelled, 3, "the three slow ones were cancelled at the deadline (TIMEOUT-3)")
tap.ok(hs[6]:is_finished(), "all were drained before with_timeout returned (TIMEOUT-4)")
