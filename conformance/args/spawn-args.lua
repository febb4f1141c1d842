--[[---
clause: ARGS-1
description: spawn rejects a non-function, non-table opts and ill-typed option fields with lauxlib-style errors
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(9)

local ran = false
local function f() ran = true end
tap.raises(function() task.spawn(42) end, "bad argument #1 to 'spawn'", "spawn(42) (ARGS-1)")
tap.raises(function() task.spawn() end, "bad argument #1 to 'spawn'", "spawn() (ARGS-1)")
tap.raises(function() task.spawn("print('x')") end, "bad argument #1 to 'spawn'",
           "spawn of a string of code (ARGS-1)")
tap.raises(function() task.spawn(f, 5) end, "bad argument #2 to 'spawn'", "spawn(f, 5): opts not a table (ARGS-1)")
tap.raises(function() task.spawn(f, "name") end, "bad argument #2 to 'spawn'", "spawn(f, \"name\") (ARGS-1)")
tap.raises(function() task.spawn(f, { name = 5 }) end, "bad argument #2 to 'spawn'",
           "spawn(f, {name = 5}): name not a string (ARGS-1)")
tap.raises(function() task.spawn(f, { name = {} }) end, "bad argument #2 to 'spawn'",
           "spawn(f, {name = {}}) (ARGS-1)")
tap.raises(function() task.spawn(f, { driver = 5 }) end, "bad argument #2 to 'spawn'",
           "spawn(f, {driver = 5}): driver not a string (ARGS-1)")
task.sleep(0)
tap.is(ran, false, "no rejected spawn ran its function (ARGS-1)")
