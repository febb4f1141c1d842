--[[---
clause: SCOPE-8, SPAWN-1
description: Scope:spawn returns a Handle like std.task.spawn does - join, abort, is_finished, elapsed, id, name
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

task.scope(function(s)
  local h = s:spawn(function() return "value" end, { name = "via scope" })
  tap.is(type(h.join), "function", "it has join (SPAWN-1)")
  tap.is(type(h.abort), "function", "abort (SPAWN-1)")
  tap.ok(type(h.is_finished) == "function" and type(h.elapsed) == "function", "is_finished and elapsed (SPAWN-1)")
  tap.is(math.type(h.id), "integer", "an integer id (HANDLE-3)")
  tap.is(h.name, "via scope", "the name given (SPAWN-5)")
  tap.is(h:join(), "value", "join returns the result (JOIN-1)")
end)
