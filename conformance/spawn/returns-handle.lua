--[[---
clause: SPAWN-1
description: spawn returns a Handle with join, abort, is_finished, elapsed and an id
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(8)

local h = task.spawn(function() return "done" end)
tap.ok(h ~= nil, "spawn returned a Handle (SPAWN-1)")
for _, m in ipairs({ "join", "abort", "is_finished", "elapsed" }) do
  tap.is(type(h[m]), "function", "the Handle has a '" .. m .. "' method (SPAWN-1)")
end
tap.is(math.type(h.id), "integer", "Handle.id is an integer (SPAWN-1, HANDLE-3)")
tap.is(h:join(), "done", "joining the returned Handle yields the task's result (SPAWN-1)")

local h2 = task.spawn(function() end, nil)
tap.ok(h2 ~= nil and h2.id ~= h.id,
       "spawn(fn, nil) is spawn(fn): opts are optional (SPAWN-1)")
