--[[---
clause: HOST-6
description: the host writes nothing to standard output - not for deadlines, aborts or task failures
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
io.write("a")
pcall(task.with_timeout, 1, function() task.sleep(1000) end, { grace_ms = 0 })
local h = task.spawn(function() task.sleep(1000) end)
task.yield()
h:abort()
task.spawn(function() error("failure") end)
task.sleep(5)
io.write("b")
]])
tap.is(r.code, 0, "exit 0 (HOST-3)")
tap.is(r.out, "ab", "stdout holds exactly what the script wrote (HOST-6)")
