--[[---
clause: ARGS-3
description: scope rejects a missing or non-function body and a non-string name, before running anything
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local ran = false
local function f() ran = true end
tap.raises(function() task.scope() end, "bad argument #1 to 'scope'", "scope() (ARGS-3)")
tap.raises(function() task.scope(42) end, "bad argument #1 to 'scope'", "scope(42) (ARGS-3)")
tap.raises(function() task.scope("name") end, "bad argument #2 to 'scope'", "scope(\"name\") without a body (ARGS-3)")
tap.raises(function() task.scope("name", 42) end, "bad argument #2 to 'scope'", "scope(\"name\", 42) (ARGS-3)")
tap.raises(function() task.scope({}, f) end, "bad argument #1 to 'scope'", "scope({}, f): name not a string (ARGS-3)")
tap.is(ran, false, "no rejected call ran its body (ARGS-3)")
