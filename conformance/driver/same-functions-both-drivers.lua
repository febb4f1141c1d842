--[[---
clause: DRIVER-14
description: scope, with_timeout, join, spawn and current behave identically in async_fn and coroutine tasks
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local function work()
  local out = {}
  out[#out + 1] = task.scope(function(s)
    local h = s:spawn(function() task.sleep(tap.ms(2)); return "child" end)
    return h:join()
  end)
  local ok, e = pcall(task.with_timeout, tap.ms(5), function() task.sleep(tap.ms(10000)) end)
  out[#out + 1] = (not ok) and tostring(e):find("timed out", 1, true) ~= nil
  out[#out + 1] = task.with_timeout(tap.ms(5000), function() return "in time" end)
  out[#out + 1] = task.current().name
  out[#out + 1] = select("#", task.scope(function(s) s:cancel(); task.yield() end))
  return out
end
local a = task.spawn(work, { driver = "async_fn", name = "t" })
local c = task.spawn(work, { driver = "coroutine", name = "t" })
local ra, rc = a:join(), c:join()
tap.is_deeply(ra, { "child", true, "in time", "t", 0 }, "async_fn: the expected outcomes (DRIVER-14)")
tap.is_deeply(rc, ra, "coroutine: the same outcomes (DRIVER-14)")
