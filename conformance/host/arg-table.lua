--[[---
clause: HOST-2
description: the global arg table and the main chunk's varargs are as the stock interpreter builds them
features: []
flags: []
---]]
local tap = require "tap"

tap.plan(4)

tap.is(type(arg), "table", "the global 'arg' is a table (HOST-2)")
tap.like(arg[0], "arg-table.lua", "arg[0] is the script (HOST-2)")
tap.is(select("#", ...), #arg, "the main chunk receives the script arguments as '...' (HOST-2)")
tap.is(type(arg[-1]), "string", "arg[-1] names the host program, like lua(1) (HOST-2)")
