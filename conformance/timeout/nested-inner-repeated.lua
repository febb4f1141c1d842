--[[---
clause: TIMEOUT-10, TIMEOUT-2
description: an outer with_timeout survives several inner timeouts in a row and returns its result
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local inner_timeouts = 0
local r = task.with_timeout(tap.ms(5000), function()
  for _ = 1, 4 do
    local ok, e = pcall(task.with_timeout, tap.ms(5), function() task.sleep(tap.ms(10000)) end)
    if not ok and tostring(e):find("timed out", 1, true) then inner_timeouts = inner_timeouts + 1 end
  end
  return "outer done", task.current()
end)
tap.is(inner_timeouts, 4, "each inner with_timeout reported its timeout (TIMEOUT-10)")
tap.is(r, "outer done", "the outer one returned its body's result (TIMEOUT-10)")
tap.lives(function() task.checkpoint() end, "nobody is left cancelled (TIMEOUT-2)")
