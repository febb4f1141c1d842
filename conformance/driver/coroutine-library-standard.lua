--[[---
clause: DRIVER-16, DRIVER-5
description: create, wrap, resume, status, close and running keep their standard behaviour for user coroutines in both drivers
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local function probe()
  local r = {}
  local co = coroutine.create(function(a) local b = coroutine.yield(a + 1); return b * 2 end)
  r[#r + 1] = coroutine.status(co)
  r[#r + 1] = select(2, coroutine.resume(co, 1))
  r[#r + 1] = coroutine.status(co)
  r[#r + 1] = select(2, coroutine.resume(co, 5))
  r[#r + 1] = coroutine.status(co)
  local closed = false
  local co2 = coroutine.create(function()
    local _ <close> = setmetatable({}, { __close = function() closed = true end })
    coroutine.yield()
  end)
  coroutine.resume(co2)
  r[#r + 1] = coroutine.close(co2)
  r[#r + 1] = closed
  local inner_running = coroutine.wrap(function() local c, main = coroutine.running(); return c ~= nil and not main end)
  r[#r + 1] = inner_running()
  local gen = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end)
  r[#r + 1] = gen() + gen() + gen()
  return r
end
local want = { "suspended", 2, "suspended", 10, "dead", true, true, true, 6 }
local a = task.spawn(probe)
local c = task.spawn(probe, { driver = "coroutine" })
tap.is_deeply(a:join(), want, "async_fn (DRIVER-16)")
tap.is_deeply(c:join(), want, "coroutine driver (DRIVER-16)")
