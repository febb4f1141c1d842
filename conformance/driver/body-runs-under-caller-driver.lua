--[[---
clause: DRIVER-7, TIMEOUT-11
description: scope and with_timeout bodies run under the calling task's driver
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local c = task.spawn(function()
  local ok, e = pcall(task.with_timeout, tap.ms(30), function()
    while true do coroutine.yield(tap.ms(5)) end
  end, { grace_ms = tap.ms(5000) })
  return ok, e
end, { driver = "coroutine" })
local ok, e = c:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true),
       "coroutine driver: a with_timeout body looping on coroutine.yield(ms) timed out (DRIVER-7)")
tap.cmp_ok(c:elapsed(), "<", tap.ms(2500),
           "promptly: coroutine.yield(ms) in the body was a cancel-aware sleep (DRIVER-7)")

local s = task.spawn(function()
  task.scope(function() coroutine.yield(tap.ms(40)) end)
end, { driver = "coroutine" })
s:join()
tap.cmp_ok(s:elapsed(), ">=", tap.ms(40), "coroutine driver: coroutine.yield(40) in a scope body slept (DRIVER-7)")

local a = task.spawn(function()
  local n = task.scope(function() return select("#", coroutine.yield(tap.ms(5000))) end)
  return n
end)
tap.is(a:join(), 0, "async_fn: coroutine.yield in a scope body returned nothing (DRIVER-7, DRIVER-1)")
tap.cmp_ok(a:elapsed(), "<", tap.ms(2500), "and did not sleep (DRIVER-7, DRIVER-1)")
