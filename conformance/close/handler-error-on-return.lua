--[[---
clause: CLOSE-7
description: a close handler raising while its task returns or raises makes that handler's error the task's outcome
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local herr = { "handler failed" }
local h = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function() error(herr) end })
  return "would have returned"
end)
local ok, e = pcall(h.join, h)
tap.ok(not ok and rawequal(e, herr), "a task returning: join raises the handler's error (CLOSE-7)")
local h2 = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function() error(herr) end })
  error("original", 0)
end)
local ok2, e2 = pcall(h2.join, h2)
tap.ok(not ok2 and rawequal(e2, herr), "a task raising: the handler's error replaces it, as in Lua (CLOSE-7)")
tap.ok(h:is_finished() and h2:is_finished(), "both tasks are finished (HANDLE-1)")
