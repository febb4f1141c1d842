--[[---
clause: ROOT-7, ROOT-3, HOST-13
description: a child script whose main chunk returns exits 0 only after its root tasks have finished
features: []
flags: [spawns-host]
---]]
local tap = require "tap"
if not tap.needs_host() then return end

-- Child scripts run on the same host through tap.run_script.
local run = tap.run_script

tap.plan(3)

local r = run([[
local task = std.task
local scale = tonumber(os.getenv("STDTASK_TIME_SCALE")) or 1
task.spawn(function() task.sleep(20 * scale) print("root task 1 done") end)
task.spawn(function() task.sleep(10 * scale) print("root task 2 done") end)
print("main returns")
]])
tap.is(r.code, 0, "exit status 0 (ROOT-7, HOST-13)")
tap.is(r.how, "exit", "the host exited normally (ROOT-7)")
tap.is(r.out, "main returns\nroot task 2 done\nroot task 1 done\n", "the root tasks ran to completion first (ROOT-3)")
