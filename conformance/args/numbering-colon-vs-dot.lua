--[[---
clause: ARGS-7
description: argument numbers follow lauxlib - a colon call does not count the receiver, a dot call and pcall do
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

task.scope(function(s)
  tap.raises(function() s:spawn(42) end, "bad argument #1 to 'spawn'", "s:spawn(42) reports #1 (ARGS-7)")
  tap.raises(function() s.spawn(s, 42) end, "bad argument #2 to 'spawn'", "s.spawn(s, 42) reports #2 (ARGS-7)")
  local ok, e = pcall(s.spawn, s, 42)
  tap.ok(not ok and tostring(e):find("bad argument #2 to 'spawn'", 1, true),
         "pcall(s.spawn, s, 42) reports #2 (ARGS-7)")
  tap.raises(function() s:spawn(print, 5) end, "bad argument #2 to 'spawn'", "s:spawn(f, 5) reports #2 (ARGS-7)")
  tap.raises(function() s.spawn(42, print) end, "bad argument #1 to 'spawn'", "a wrong receiver is #1 (ARGS-7)")
end)
