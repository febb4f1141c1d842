--[[---
clause: HANDLE-6, ARGS-15
description: every spawn and Scope:spawn returns a new Handle object (a userdata: SHOULD)
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local f = function() end
local a, b = task.spawn(f), task.spawn(f)
tap.ok(not rawequal(a, b), "two spawns of the same function give two Handles (HANDLE-6)")
tap.ok(a.id ~= b.id, "with two ids (HANDLE-6, HANDLE-8)")
local c
task.scope(function(s) c = s:spawn(f) end)
tap.ok(not rawequal(c, a) and not rawequal(c, b), "Scope:spawn returns a new one too (HANDLE-6)")
tap.is(c:is_finished(), true, "and it is a working Handle (HANDLE-6)")
tap.should("ARGS-15", function()
  tap.is(type(a), "userdata", "a Handle is a userdata (ARGS-15)")
  tap.ok(type(getmetatable(a)) ~= "table", "its metatable is protected (ARGS-15)")
end)
