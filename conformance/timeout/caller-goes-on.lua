--[[---
clause: TIMEOUT-2
description: after a timeout the calling task is not cancelled - it can sleep, open scopes and run more with_timeouts
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local h = task.spawn(function()
  local results = {}
  for i = 1, 5 do
    local ok, e = pcall(task.with_timeout, tap.ms(5), function() task.sleep(tap.ms(10000)) end)
    results[i] = (not ok) and tostring(e):find("timed out", 1, true) ~= nil
  end
  local c = task.current().cancelled
  task.sleep(tap.ms(5))
  local r = task.scope(function() return "scope ok" end)
  local r2 = task.with_timeout(tap.ms(5000), function() return "in time" end)
  return results, c, r, r2
end)
local results, c, r, r2 = h:join()
tap.is_deeply(results, { true, true, true, true, true }, "five timeouts in a row each reported (TIMEOUT-2)")
tap.is(c, false, "current().cancelled stays false (TIMEOUT-2)")
tap.is(r, "scope ok", "a scope afterwards ran normally (TIMEOUT-2)")
tap.is(r2, "in time", "a with_timeout afterwards returned its results (TIMEOUT-1)")
tap.ok(h:is_finished(), "the task ended normally (TIMEOUT-2)")
