--[[---
clause: HOST-2
description: a child script receives its arguments in arg[1..n] and as the varargs of the main chunk
features: []
flags: [spawns-host]
---]]
local tap = require "tap"
if not tap.needs_host() then return end

-- Child scripts run on the same host through tap.run_script.
local run = tap.run_script

tap.plan(3)

local r = run([[
print(#arg, arg[1], arg[2], select("#", ...), (...))
]], { args = " one 'two words'" })
tap.is(r.code, 0, "exit 0 (ROOT-7)")
tap.is(r.out, "2\tone\ttwo words\t2\tone\n", "arg and ... hold the arguments (HOST-2)")
local r2 = run("print(type(std), type(std.task), type(string), type(io), type(os), type(coroutine))\n")
tap.is(r2.out, "table\ttable\ttable\ttable\ttable\ttable\n",
       "std.task and the standard libraries are there (HOST-1, HOST-5)")
