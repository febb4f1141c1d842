--[[---
clause: CLOSE-4, JOIN-2
description: a table raised by a close handler during an abort reaches every joiner with its identity
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local herr = { "cleanup" }
local h = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function() error(herr) end })
  task.sleep(tap.ms(10000))
end)
local waiting = task.spawn(function() return pcall(h.join, h) end)
task.yield()
h:abort()
local okw, ew = waiting:join()
tap.ok(not okw and rawequal(ew, herr), "a joiner waiting at the time got the handler's error (CLOSE-4)")
local ok, e = pcall(h.join, h)
tap.ok(not ok and rawequal(e, herr), "so does a later join (CLOSE-4, JOIN-4)")
tap.unlike(tostring(e), "task aborted", "not \"task aborted\" (CLOSE-4)")
