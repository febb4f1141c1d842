--[[---
clause: HOST-15, HOST-16, HOST-17
description: optional virtual-clock - in virtual mode an hour-long sleep ends at once on the wall clock and elapsed() reports the hour
features: [virtual-clock]
flags: []
---]]
local tap = require "tap"
local task = std.task

if not tap.needs("virtual-clock") then return end
if os.getenv("STDTASK_CLOCK") ~= "virtual" then
  tap.skip_all("the host is not running in its virtual-clock mode (STDTASK_CLOCK)")
  return
end
tap.plan(3)

local wall = os.time()
local h = task.spawn(function() task.sleep(3600 * 1000) end)
h:join()
tap.cmp_ok(h:elapsed(), ">=", 3600 * 1000, "elapsed() reports the hour (HOST-17)")
tap.cmp_ok(os.time() - wall, "<", 60, "it took far less than an hour on the wall clock (HOST-15, HOST-17)")
local ok, e = pcall(task.with_timeout, 600 * 1000, function() task.sleep(3600 * 1000) end)
tap.ok(not ok and tostring(e):find("timed out", 1, true), "a ten-minute deadline fires in virtual time (HOST-16)")
