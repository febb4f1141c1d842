--[[---
clause: ARGS-8
description: type errors read "E expected, got T" with T the value's __name or type name, and "no value" for a missing argument
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

tap.raises(function() task.sleep() end, "got no value", "sleep(): \"got no value\" (ARGS-8)")
tap.raises(function() task.sleep(nil) end, "got nil", "sleep(nil): \"got nil\" (ARGS-8)")
tap.raises(function() task.spawn({}) end, "got table", "spawn({}): \"got table\" (ARGS-8)")
tap.raises(function() task.spawn(true) end, "got boolean", "spawn(true): \"got boolean\" (ARGS-8)")
local h = task.spawn(function() end)
-- Whatever a Handle's representation and __name (ARGS-5 is a SHOULD), T is
-- its __name metafield when it has one, else its type name.
local mt = debug.getmetatable(h)
local hname = mt and type(mt.__name) == "string" and mt.__name or type(h)
tap.raises(function() task.sleep(h) end, "got " .. hname, "a Handle is named by its __name (ARGS-8)")
tap.raises(function() task.spawn(io.stdout) end, "got FILE*", "a file is named by its __name, FILE* (ARGS-8)")
