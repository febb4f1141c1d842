--[[---
clause: CLOSE-5, CLOSE-2
description: a task dying with an error closes its variables innermost first, each handler seeing the same error object
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local log = tap.log()
local err = { "boom" }
local seen = {}
local h = task.spawn(function()
  local _a <close> = setmetatable({}, { __close = function(_, e) log("a"); seen.a = e end })
  local _b <close> = setmetatable({}, { __close = function(_, e) log("b"); seen.b = e end })
  task.sleep(tap.ms(5))
  error(err)
end)
pcall(h.join, h)
log:is({ "b", "a" }, "innermost first (CLOSE-5)")
tap.ok(rawequal(seen.a, err), "the outer handler saw the error object (CLOSE-2)")
tap.ok(rawequal(seen.b, err), "so did the inner one (CLOSE-2)")
