--[[---
clause: ABORT-1, ABORT-5
description: aborting a hundred sleeping tasks ends them all; none wakes, each reports "task aborted"
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local woke = 0
local hs = {}
for i = 1, 100 do hs[i] = task.spawn(function() task.sleep(tap.ms(10 + i % 5)); woke = woke + 1 end) end
task.yield()
for i = 1, 100 do hs[i]:abort() end
task.sleep(tap.ms(40))
tap.is(woke, 0, "none of them woke (ABORT-1)")
local n = 0
for i = 1, 100 do
  local ok, e = pcall(hs[i].join, hs[i])
  if not ok and tostring(e):find("task aborted", 1, true) then n = n + 1 end
end
tap.is(n, 100, "each reports \"task aborted\" (ABORT-5)")
tap.ok(hs[1]:is_finished() and hs[100]:is_finished(), "all are finished (ABORT-1)")
