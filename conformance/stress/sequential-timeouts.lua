--[[---
clause: TIMEOUT-2, TIMEOUT-6
description: a thousand with_timeouts in a row in one task, each timing out at once with grace 0, leave the task healthy
features: []
flags: [slow]
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local h = task.spawn(function()
  local n = 0
  for _ = 1, 1000 do
    local ok, e = pcall(task.with_timeout, 0, function() task.sleep(tap.ms(60000)) end, { grace_ms = 0 })
    if not ok and tostring(e):find("timed out", 1, true) then n = n + 1 end
  end
  return n, task.current().cancelled
end)
local n, c = h:join()
tap.is(n, 1000, "each of the 1000 reported the timeout (TIMEOUT-2)")
tap.is(c, false, "the task was never left cancelled (TIMEOUT-2)")
tap.cmp_ok(h:elapsed(), "<", tap.ms(20000), "no deadline waited for a body's sleep (TIMEOUT-6)")
