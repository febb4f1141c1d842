--[[---
clause: DRIVER-5
description: plain Lua coroutines created inside a task keep working in both drivers
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(10)

local function exercise()
  local r = {}
  local co = coroutine.create(function(a)
    local b = coroutine.yield(a + 1)
    local c, d = coroutine.yield(b * 2)
    return c .. d
  end)
  local _, v1 = coroutine.resume(co, 1)
  local _, v2 = coroutine.resume(co, 5)
  local ok3, v3 = coroutine.resume(co, "x", "y")
  r.values = { v1, v2, v3 }
  r.dead = ok3 and coroutine.status(co) == "dead"
  local gen = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end)
  r.gen = { gen(), gen(), gen() }
  local bad = coroutine.create(function() error("inside", 0) end)
  r.err = { coroutine.resume(bad) }
  local sus = coroutine.create(function() coroutine.yield() end)
  coroutine.resume(sus)
  r.closed = coroutine.close(sus)
  task.yield() -- a real suspension between coroutine uses
  local again = coroutine.wrap(function() coroutine.yield("after a task yield") end)
  r.again = again()
  return r
end

for _, drv in ipairs({ "async_fn", "coroutine" }) do
  local r = task.spawn(exercise, { driver = drv }):join()
  tap.is_deeply(r.values, { 2, 10, "xy" }, drv .. ": resume/yield pass values both ways (DRIVER-5)")
  tap.is(r.dead, true, drv .. ": the coroutine finished and is dead (DRIVER-5)")
  tap.is_deeply(r.gen, { 1, 2, 3 }, drv .. ": coroutine.wrap generators work (DRIVER-5)")
  tap.is_deeply(r.err, { false, "inside" }, drv .. ": an error inside is returned by resume (DRIVER-5)")
  tap.ok(r.closed and r.again == "after a task yield",
         drv .. ": coroutine.close works and coroutines work after a task suspension (DRIVER-5)")
end
