--[[---
clause: ERRORS-2
description: errors the runtime raises itself - scope is closed, task aborted, timed out, self-join - are strings with their fixed part
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local saved
task.scope(function(s) saved = s end)
local _, e1 = pcall(saved.spawn, saved, print)
tap.ok(type(e1) == "string" and e1:find("scope is closed", 1, true), "\"scope is closed\" is a string (ERRORS-2)")
local a = task.spawn(function() task.sleep(tap.ms(10000)) end)
task.yield()
a:abort()
local _, e2 = pcall(a.join, a)
tap.ok(type(e2) == "string" and e2:find("task aborted", 1, true), "\"task aborted\" is a string (ERRORS-2)")
local _, e3 = pcall(task.with_timeout, tap.ms(1), function() task.sleep(tap.ms(10000)) end)
tap.ok(type(e3) == "string" and e3:find("timed out", 1, true), "\"timed out\" is a string (ERRORS-2)")
local me
me = task.spawn(function() local _, e = pcall(me.join, me); return e end)
tap.is(type(me:join()), "string", "the self-join error is a string (ERRORS-2)")
