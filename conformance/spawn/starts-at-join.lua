--[[---
clause: SPAWN-3, JOIN-1
description: a child first runs when its spawner suspends in join; the join then returns its results
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local log = tap.log()
local h = task.spawn(function() log("child runs"); return "r" end)
log("before join")
local r = h:join()
log("after join")
log:is({ "before join", "child runs", "after join" }, "the child started at the join (SPAWN-3)")
tap.is(r, "r", "the join returned its result (JOIN-1)")
