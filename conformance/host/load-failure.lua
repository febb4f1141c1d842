--[[---
clause: HOST-7, HOST-13
description: a script with a syntax error, or a missing script, makes the host exit non-zero without running any of it
features: []
flags: [spawns-host]
---]]
local tap = require "tap"
if not tap.needs_host() then return end

-- Child scripts run on the same host through tap.run_script.
local run, shquote = tap.run_script, tap.shquote

tap.plan(3)

local r = run("print('ran')\nlocal = 1\n")
tap.isnt(r.code, 0, "a syntax error: non-zero status (HOST-7)")
tap.is(r.out, "", "none of the script ran (HOST-7)")
local missing = os.tmpname()
os.remove(missing)
local p = io.popen(tap.host_cmd() .. " " .. shquote(missing .. ".does-not-exist.lua") .. " 2>/dev/null")
p:read("a")
local _, _, code = p:close()
tap.isnt(code, 0, "a missing script: non-zero status (HOST-7)")
