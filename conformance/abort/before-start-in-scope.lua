--[[---
clause: ABORT-2, ABORT-5, SCOPE-2
description: a child aborted before it started never runs, reports "task aborted", and does not hold up its scope's drain
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local ran = false
local h
local r = task.scope(function(s)
  h = s:spawn(function() ran = true end)
  h:abort()
  return "scope done"
end)
tap.is(r, "scope done", "the scope returned (SCOPE-2)")
tap.is(ran, false, "the aborted child never ran (ABORT-2)")
tap.ok(h:is_finished(), "it is finished (ABORT-2)")
local ok, e = pcall(h.join, h)
tap.ok(not ok and tostring(e):find("task aborted", 1, true), "join raises \"task aborted\" (ABORT-5)")
