--[[---
clause: SPAWN-9
description: spawn and Scope:spawn succeed in a cancelled fiber and into a cancelled open scope; the child starts normally
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
local h1, h2
task.scope(function(s)
  s:cancel()
  h1 = tap.lives(function() return task.spawn(function() log("h1 started") end) end,
                 "spawn in a cancelled fiber does not raise (SPAWN-9)")
  h2 = tap.lives(function() return s:spawn(function() log("h2 started"); task.checkpoint(); log("h2 past") end) end,
                 "Scope:spawn into a cancelled open scope does not raise (SPAWN-9)")
end)
tap.ok(log:has("h1 started") and log:has("h2 started"), "both children started normally (SPAWN-9)")
tap.is(log:has("h2 past"), false, "a child observes the cancellation at its first checkpoint (SPAWN-9)")
local ok, e = pcall(h2.join, h2)
tap.ok(not ok and tap.is_cancel(e), "and ends with the cancellation error (SPAWN-9)")
local _ = h1
