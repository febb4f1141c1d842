--[[---
clause: JOIN-9, HOST-3
description: a failure delivered by join is not reported as an unjoined failure on stderr
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
local h = task.spawn(function() error("JOINED-FAILURE-7Q", 0) end)
local ok, e = pcall(h.join, h)
print(ok, e)
local g = task.spawn(function() error("OBSERVED-LATER-3Z", 0) end)
task.sleep(5)
print(pcall(g.join, g))
]])
tap.is(r.code, 0, "exit 0 (HOST-3)")
tap.is(r.out, "false\tJOINED-FAILURE-7Q\nfalse\tOBSERVED-LATER-3Z\n", "both failures were delivered by join (JOIN-2)")
tap.ok(not r.err:find("JOINED-FAILURE-7Q", 1, true) and not r.err:find("OBSERVED-LATER-3Z", 1, true),
       "neither is reported on stderr as unjoined (JOIN-9)")
