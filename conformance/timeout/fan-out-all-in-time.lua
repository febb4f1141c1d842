--[[---
clause: TIMEOUT-1
description: fan-out where every child finishes before the deadline - with_timeout returns the body's results
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local hs = {}
local r = table.pack(pcall(task.with_timeout, tap.ms(5000), function(s)
  for i = 1, 10 do hs[i] = s:spawn(function() task.sleep(tap.ms(i)); return i * i end) end
  return "spawned", 10
end))
tap.is_deeply({ r[1], r[2], r[3] }, { true, "spawned", 10 }, "with_timeout returned the body's results (TIMEOUT-1)")
local sum = 0
for i = 1, 10 do sum = sum + hs[i]:join() end
tap.is(sum, 385, "every child delivered its result (TIMEOUT-1)")
tap.ok(hs[10]:is_finished(), "the last child finished before with_timeout returned (SCOPE-2)")
