--[[---
clause: CANCEL-1, CANCEL-3, DRIVER-2
description: under the coroutine driver a task-level coroutine.yield() raises again after pcall swallowed the cancellation
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local h
task.scope(function(s)
  h = s:spawn(function()
    pcall(task.sleep, tap.ms(10000))   -- woken by the cancel, error swallowed
    local r = {}
    for i = 1, 4 do
      local ok, e = pcall(coroutine.yield)
      r[i] = (not ok) and tap.is_cancel(e)
    end
    return r, task.current().cancelled
  end, { driver = "coroutine" })
  task.sleep(tap.ms(20))
  s:cancel()
end)
local r, cancelled = h:join()
tap.is(r[1], true, "coroutine.yield() raised the cancellation error (CANCEL-1, DRIVER-2)")
tap.is(r[2], true, "it raised again after pcall swallowed it (CANCEL-3)")
tap.is(r[3], true, "and a third time (CANCEL-3)")
tap.is(r[4], true, "and a fourth time (CANCEL-3)")
tap.is(cancelled, true, "current().cancelled stays true (CANCEL-3, CURRENT-3)")

-- Cancelled before its first coroutine.yield: the first one already raises.
local h2
task.scope(function(s)
  h2 = s:spawn(function()
    local n = 0
    for _ = 1, 3 do
      if not pcall(coroutine.yield) then n = n + 1 end
    end
    return n
  end, { driver = "coroutine" })
  s:cancel()
end)
tap.is(h2:join(), 3, "a task cancelled before it started raised at each of its three coroutine.yield() (CANCEL-3)")
