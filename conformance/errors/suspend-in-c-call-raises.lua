--[[---
clause: ERRORS-6
description: a std.task suspension where the fiber cannot yield - in a table.sort comparator or a gsub callback - raises, never hangs
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local h = task.spawn(function()
  local t = { 3, 1, 2 }
  local ok1 = pcall(table.sort, t, function(a, b) task.sleep(1); return a < b end)
  local ok2 = pcall(string.gsub, "abc", "%w", function(c) task.yield(); return c end)
  local ok3 = pcall(table.sort, { 2, 1 }, function(a, b) task.checkpoint(); return a < b end)
  task.sleep(tap.ms(1))
  return ok1, ok2, ok3, "carried on"
end)
local ok1, ok2, ok3, c = h:join()
tap.is(ok1, false, "sleep inside a table.sort comparator raised (ERRORS-6)")
tap.is(ok2, false, "yield inside a gsub callback raised (ERRORS-6)")
tap.is(ok3, true, "checkpoint, which never suspends, worked there (CHECKPOINT-3)")
tap.is(c, "carried on", "the task carried on (ERRORS-1)")
