--[[---
clause: HOST-3, HOST-6
description: a child script with failing tasks nobody joins exits 0; its stdout is untouched by the host
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
task.spawn(function() error("nobody joins me") end)
task.spawn(function() task.sleep(5) error({}) end)
print("out")
]])
tap.is(r.code, 0, "exit status 0 (HOST-3)")
tap.is(r.out, "out\n", "stdout holds only the script's output (HOST-6)")
