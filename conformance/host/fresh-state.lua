--[[---
clause: HOST-5, HOST-11
description: each run starts in a fresh state - globals of one run are not seen by the next; std.task exists before the first line
features: []
flags: [spawns-host]
---]]
local tap = require "tap"
if not tap.needs_host() then return end

-- Child scripts run on the same host through tap.run_script.
local run = tap.run_script

tap.plan(3)

local src = "print(rawget(_G, 'leftover'))\nleftover = 1\nprint(type(std.task.spawn))\n"
local r1 = run(src)
local r2 = run(src)
tap.is(r1.out, "nil\nfunction\n", "the first run saw no leftover global (HOST-5)")
tap.is(r2.out, "nil\nfunction\n", "nor the second (HOST-5)")
tap.is(r2.code, 0, "exit 0 (ROOT-7)")
