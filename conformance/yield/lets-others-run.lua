--[[---
clause: YIELD-2
description: yield lets every task that was ready run once before the yielder resumes
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local ran = 0
for _ = 1, 5 do task.spawn(function() ran = ran + 1 end) end
tap.is(ran, 0, "nothing ran before the main chunk yielded (YIELD-2)")
task.yield()
tap.is(ran, 5, "one yield from the main chunk let all five ready tasks run (YIELD-2)")

local log = tap.log()
local t = task.spawn(function()
  log("T before")
  task.yield()
  log("T after")
end)
for i = 1, 3 do task.spawn(function() log("R" .. i) end) end
t:join()
log:is({ "T before", "R1", "R2", "R3", "T after" },
       "a yielding task resumed only after every ready task ran once (YIELD-2)")

local count = 0
local spinner = task.spawn(function()
  for _ = 1, 3 do count = count + 1; task.yield() end
end)
task.yield()
tap.is(count, 1, "a ready task ran exactly once per yield of the main chunk (YIELD-2)")
spinner:join()
