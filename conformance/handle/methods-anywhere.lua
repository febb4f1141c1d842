--[[---
clause: HANDLE-9
description: Handle methods and fields work from user coroutines, close handlers, other tasks and after the scope closed
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local h
task.scope(function(s) h = s:spawn(function() return "v" end, { name = "n" }) end)
local co = coroutine.wrap(function()
  return h:is_finished(), h:elapsed() >= 0, h.id, h.name, h:join()
end)
local fin, el, id, name, v = co()
tap.ok(fin and el and id == h.id and name == "n", "is_finished, elapsed, id, name in a user coroutine (HANDLE-9)")
tap.is(v, "v", "join of a finished task in a user coroutine (HANDLE-9, JOIN-6)")
local seen
local closer = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function() seen = { h:is_finished(), h:join() } end })
end)
closer:join()
tap.is_deeply(seen, { true, "v" }, "in a close handler (HANDLE-9)")
local other = task.spawn(function() return h:join(), h.name end)
tap.is_deeply({ other:join() }, { "v", "n" }, "from another task after the scope closed (HANDLE-9)")
