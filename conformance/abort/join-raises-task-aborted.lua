--[[---
clause: ABORT-5, JOIN-4
description: join on an aborted task raises "task aborted", for joiners waiting at the time and for later ones
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local target = task.spawn(function() task.sleep(tap.ms(10000)) end)
local joiners = {}
for i = 1, 3 do
  joiners[i] = task.spawn(function()
    local ok, e = pcall(target.join, target)
    return ok, e
  end)
end
task.sleep(tap.ms(10))
target:abort()
for i = 1, 3 do
  local ok, e = joiners[i]:join()
  tap.ok(not ok and tostring(e):find("task aborted", 1, true),
         "waiting joiner " .. i .. " got \"task aborted\" (ABORT-5, JOIN-4)")
end
local ok, e = pcall(target.join, target)
tap.ok(not ok and tostring(e):find("task aborted", 1, true), "a later join gets it too (ABORT-5)")
tap.cmp_ok(joiners[1]:elapsed(), "<", tap.ms(5000), "the joiners woke at the abort (ABORT-5)")
