--[[---
clause: DRIVER-6
description: a std.task suspension inside a plain coroutine raises an error instead of hanging; the task carries on
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

-- With the optional nested-suspend feature the host suspends the whole task
-- instead (driver/nested-suspend.lua); this script is about the core.
if tap.has("nested-suspend") then
  tap.skip_all("host claims nested-suspend")
  return
end
tap.plan(9)

local function in_coroutine(fn)
  local co = coroutine.create(fn)
  local ok, e = coroutine.resume(co)
  return ok, e, coroutine.status(co)
end

local function probe()
  local r = {}
  local other = task.spawn(function() task.sleep(tap.ms(5)) end)
  r.sleep = { in_coroutine(function() task.sleep(tap.ms(10)) end) }
  r.yield = { in_coroutine(function() task.yield() end) }
  r.join = { in_coroutine(function() other:join() end) }
  task.sleep(tap.ms(5))
  r.after = "carried on"
  return r
end

for _, drv in ipairs({ "async_fn", "coroutine" }) do
  local r = task.spawn(probe, { driver = drv }):join()
  tap.ok(r.sleep[1] == false and r.sleep[3] == "dead",
         drv .. ": sleep inside a coroutine raised (DRIVER-6)")
  tap.ok(r.yield[1] == false and r.join[1] == false,
         drv .. ": yield and join inside a coroutine raised (DRIVER-6)")
  tap.is(r.after, "carried on", drv .. ": the task itself could still sleep afterwards (DRIVER-6)")
end
local ok, e = in_coroutine(function() task.sleep(tap.ms(10)) end)
tap.is(ok, false, "sleep inside a coroutine of the main chunk raised (DRIVER-6)")
tap.ok(type(e) == "string" and #e > 0, "with an error message (DRIVER-6)")
tap.lives(function() task.sleep(tap.ms(5)) end, "the main chunk could still sleep afterwards (DRIVER-6)")
