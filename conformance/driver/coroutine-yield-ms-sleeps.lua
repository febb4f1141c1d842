--[[---
clause: DRIVER-3
description: in the coroutine driver coroutine.yield(ms) sleeps, in deadline order, and a cancel wakes it
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local h = task.spawn(function() coroutine.yield(tap.ms(40)) end, { driver = "coroutine" })
h:join()
tap.cmp_ok(h:elapsed(), ">=", tap.ms(40), "coroutine.yield(40) lasted at least 40 ms (DRIVER-3)")

local log = tap.log()
local a = task.spawn(function() coroutine.yield(tap.ms(60)); log("coroutine 60") end,
                     { driver = "coroutine" })
local b = task.spawn(function() task.sleep(tap.ms(20)); log("sleep 20") end)
local c = task.spawn(function() coroutine.yield(tap.ms(40)); log("coroutine 40") end,
                     { driver = "coroutine" })
a:join(); b:join(); c:join()
log:is({ "sleep 20", "coroutine 40", "coroutine 60" },
       "coroutine.yield(ms) and sleep wake in deadline order together (DRIVER-3, SLEEP-2)")

local victim
local w = task.spawn(function()
  task.scope(function(s)
    victim = s:spawn(function()
      local ok, e = pcall(coroutine.yield, tap.ms(10000))
      return ok, e
    end, { driver = "coroutine" })
    task.sleep(tap.ms(10))
    s:cancel()
  end)
end)
w:join()
local ok, e = victim:join()
tap.ok(not ok and tap.is_cancel(e), "a cancel woke coroutine.yield(10000) with the cancellation error (DRIVER-3)")
tap.cmp_ok(w:elapsed(), "<", tap.ms(5000), "at once, not after 10 s (DRIVER-3, CANCEL-4)")
local z = task.spawn(function() coroutine.yield(0); return "after yield(0)" end, { driver = "coroutine" })
tap.is(z:join(), "after yield(0)", "coroutine.yield(0) is accepted (DRIVER-3)")
