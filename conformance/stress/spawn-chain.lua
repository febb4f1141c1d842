--[[---
clause: SPAWN-7, ROOT-3, JOIN-1
description: a chain of ten thousand tasks each spawning the next and returning - the last result reaches the main chunk
features: []
flags: [slow]
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local N = 10000
local last
local count = 0
local function link(i)
  count = count + 1
  if i == N then last = task.current().id; return end
  task.spawn(function() link(i + 1) end)
end
task.scope(function() task.spawn(function() link(1) end) end)
tap.is(count, N, "all ten thousand links ran, drained by the scope they attached to (SPAWN-7, SCOPE-2)")
tap.is(math.type(last), "integer", "the last one had an id (HANDLE-8)")
