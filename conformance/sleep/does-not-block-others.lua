--[[---
clause: SLEEP-1, YIELD-2
description: a sleeping task does not block other tasks; concurrent sleeps overlap
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local log = tap.log()
local sleeper = task.spawn(function() task.sleep(tap.ms(100)); log("sleeper") end)
local worker = task.spawn(function()
  for i = 1, 5 do log("w" .. i); task.yield() end
end)
sleeper:join()
worker:join()
log:is({ "w1", "w2", "w3", "w4", "w5", "sleeper" },
       "another task ran while one slept (SLEEP-1)")

-- Five 200 ms sleeps in parallel: the wrapper finishes long before 5 x 200.
local wrap = task.spawn(function()
  local hs = {}
  for i = 1, 5 do hs[i] = task.spawn(function() task.sleep(tap.ms(200)) end) end
  for i = 1, 5 do hs[i]:join() end
end)
wrap:join()
tap.cmp_ok(wrap:elapsed(), ">=", tap.ms(200), "the parallel sleeps lasted at least 200 ms (SLEEP-1)")
tap.cmp_ok(wrap:elapsed(), "<", tap.ms(900), "five concurrent 200 ms sleeps overlapped (SLEEP-1)")
