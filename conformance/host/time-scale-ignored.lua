--[[---
clause: HOST-9
description: the host ignores STDTASK_TIME_SCALE - a child run with a huge scale sleeps the durations it asks for
features: []
flags: [spawns-host]
---]]
local tap = require "tap"
if not tap.needs_host() then return end

-- Child scripts run on the same host through tap.run_script.
local run = tap.run_script

tap.plan(2)

local r = run([[
local task = std.task
local h = task.spawn(function() task.sleep(20) end)
h:join()
print(h:elapsed() < 5000)
]], { prefix = "STDTASK_TIME_SCALE=1000 " })
tap.is(r.code, 0, "exit 0 (ROOT-7)")
tap.is(r.out, "true\n", "a 20 ms sleep was not scaled by the host (HOST-9)")
