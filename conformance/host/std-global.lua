--[[---
clause: HOST-1
description: the global std.task is the module and offers the documented functions
features: []
flags: []
---]]
local tap = require "tap"

local names = { "spawn", "sleep", "yield", "checkpoint", "scope", "with_timeout",
                "cancel_token", "current" }
tap.plan(2 + #names)

tap.is(type(std), "table", "the global 'std' is a table (HOST-1)")
tap.is(type(std.task), "table", "std.task is a table (HOST-1)")
for _, n in ipairs(names) do
  tap.is(type(std.task[n]), "function", "std.task." .. n .. " is a function (HOST-1)")
end
