--[[---
clause: ROOT-6
description: a main chunk raising a non-string error value (a table, nil) still exits non-zero
features: []
flags: [spawns-host]
---]]
local tap = require "tap"
if not tap.needs_host() then return end

-- Child scripts run on the same host through tap.run_script.
local run = tap.run_script

tap.plan(3)

local r = run("error({ code = 3 })\n")
tap.isnt(r.code, 0, "a table error: non-zero status (ROOT-6)")
local r2 = run("error()\n")
tap.isnt(r2.code, 0, "a nil error: non-zero status (ROOT-6)")
local r3 = run("local task = std.task\n" ..
               "task.scope(function() error(setmetatable({}, {__tostring = function() return 'x' end})) end)\n")
tap.isnt(r3.code, 0, "an error escaping a scope of the main chunk: non-zero status (ROOT-6)")
