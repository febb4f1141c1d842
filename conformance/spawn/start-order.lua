--[[---
clause: SPAWN-4
description: children start in spawn order, whether spawned with std.task.spawn or Scope:spawn
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local want = {}
for i = 1, 10 do
  task.spawn(function() log(i) end)
  want[i] = i
end
task.yield()
log:is(want, "ten root tasks started in spawn order (SPAWN-4)")

local slog = tap.log()
task.scope(function(s)
  for i = 1, 5 do s:spawn(function() slog(i) end) end
end)
slog:is({ 1, 2, 3, 4, 5 }, "Scope:spawn children started in spawn order (SPAWN-4)")

local mlog = tap.log()
task.scope(function(s)
  s:spawn(function() mlog("a") end)
  task.spawn(function() mlog("b") end)
  s:spawn(function() mlog("c") end)
  task.spawn(function() mlog("d") end)
end)
mlog:is({ "a", "b", "c", "d" },
        "Scope:spawn and std.task.spawn share one order (SPAWN-4)")

local tlog = tap.log()
task.spawn(function()
  for i = 1, 4 do task.spawn(function() tlog(i) end) end
end):join()
task.sleep(0)
tlog:is({ 1, 2, 3, 4 }, "children spawned by a task started in spawn order (SPAWN-4)")
