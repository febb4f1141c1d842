--[[---
clause: JOIN-1, JOIN-2
description: results and errors pass unchanged through a chain of tasks joining each other
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local err = { "deep" }
local function chain(n, leaf)
  if n == 0 then return task.spawn(leaf) end
  return task.spawn(function() return chain(n - 1, leaf):join() end)
end
tap.is_deeply({ chain(20, function() task.sleep(tap.ms(1)); return 1, nil, 3 end):join() }, { 1, nil, 3 },
              "results passed through 20 joins (JOIN-1)")
local h = chain(20, function() error(err) end)
local ok, e = pcall(h.join, h)
tap.ok(not ok and rawequal(e, err), "an error passed through 20 joins with its identity (JOIN-2)")
