--[[---
clause: SPAWN-3
description: a newly spawned child starts after the tasks that were already queued
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local log = tap.log()
local c
local x = task.spawn(function()
  log("X")
  c = task.spawn(function() log("C") end)
  task.yield()
  log("X again")
end)
local y = task.spawn(function() log("Y") end)
local z = task.spawn(function() log("Z") end)
x:join()
y:join()
z:join()
c:join()
log:is({ "X", "Y", "Z", "C", "X again" },
       "C (spawned by X) started after Y and Z, which were queued before it (SPAWN-3)")
tap.ok(log:str():find("Z,C", 1, true) ~= nil, "C ran right after the last already-queued task (SPAWN-3)")
tap.ok(c:is_finished(), "the late child ran to completion (SPAWN-3)")
