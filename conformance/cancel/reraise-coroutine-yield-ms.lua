--[[---
clause: CANCEL-1, CANCEL-3, DRIVER-3
description: under the coroutine driver coroutine.yield(ms) raises again after pcall swallowed the cancellation
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local h
task.scope(function(s)
  h = s:spawn(function()
    local first_ok, first_e = pcall(coroutine.yield, tap.ms(10000)) -- woken by the cancel
    local r = {}
    for i = 1, 3 do
      local ok, e = pcall(coroutine.yield, tap.ms(10000))
      r[i] = (not ok) and tap.is_cancel(e)
    end
    return first_ok, first_e, r
  end, { driver = "coroutine" })
  task.sleep(tap.ms(20))
  s:cancel()
end)
local first_ok, first_e, r = h:join()
tap.is(first_ok, false, "coroutine.yield(ms) raised when the sleeping task was cancelled (CANCEL-4, DRIVER-3)")
tap.ok(tap.is_cancel(first_e), "with the cancellation error (CANCEL-1)")
tap.is_deeply(r, { true, true, true }, "and on each of three retries after pcall (CANCEL-3)")
tap.cmp_ok(h:elapsed(), "<", tap.ms(5000), "no retry slept: each raised at once (CANCEL-3)")
tap.ok(h:is_finished(), "the task ended (CANCEL-3)")
