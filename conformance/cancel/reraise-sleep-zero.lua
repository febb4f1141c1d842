--[[---
clause: CANCEL-1, CANCEL-3, YIELD-3
description: sleep(0) raises again after pcall swallowed the cancellation, like yield
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

task.scope(function(s)
  s:cancel()
  local n = 0
  for _ = 1, 3 do
    local ok, e = pcall(task.sleep, 0)
    if not ok and tap.is_cancel(e) then n = n + 1 end
  end
  tap.is(n, 3, "in the main chunk's cancelled scope, sleep(0) raised three times in a row (CANCEL-3)")
end)

local log = tap.log()
local h
task.scope(function(s)
  h = s:spawn(function()
    pcall(task.sleep, tap.ms(10000))
    local r = {}
    for i = 1, 3 do
      local ok, e = pcall(task.sleep, 0)
      r[i] = (not ok) and tap.is_cancel(e)
      log("h" .. i)
    end
    return r
  end)
  s:spawn(function()
    for i = 1, 3 do log("o" .. i); pcall(task.yield) end
  end)
  task.sleep(tap.ms(20))
  s:cancel()
end)
local r = h:join()
tap.is(r[1], true, "sleep(0) raised the cancellation error (CANCEL-1)")
tap.is(r[2], true, "again after pcall swallowed it (CANCEL-3)")
tap.is(r[3], true, "and a third time (CANCEL-3)")
tap.ok(log:has("h3") and log:has("o3"), "both tasks ran to the end of their loops (CANCEL-3)")
