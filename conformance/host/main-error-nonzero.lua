--[[---
clause: ROOT-6, HOST-13
description: a child script whose main chunk raises exits non-zero and writes the error message to stderr
features: []
flags: [spawns-host]
---]]
local tap = require "tap"
if not tap.needs_host() then return end

-- Child scripts run on the same host through tap.run_script.
local run = tap.run_script

tap.plan(4)

local r = run([[
print("before")
error("boom from the main chunk")
]])
tap.is(r.how, "exit", "the host exited (ROOT-6)")
tap.isnt(r.code, 0, "with a non-zero status (ROOT-6, HOST-13)")
tap.like(r.err, "boom from the main chunk", "the error message is on stderr (ROOT-6)")
tap.is(r.out, "before\n", "stdout holds only what the script printed (HOST-6)")
