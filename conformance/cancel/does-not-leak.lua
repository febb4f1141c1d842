--[[---
clause: CANCEL-8
description: once a cancelled scope has returned, the task's checkpoints no longer raise
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local r = table.pack(pcall(task.scope, function(s)
  s:cancel()
  task.sleep(tap.ms(10))
end))
tap.is(r[1], true, "the self-cancelled scope returned without raising (SCOPE-5)")
tap.lives(function() task.checkpoint() end, "checkpoint after it is quiet (CANCEL-8)")
tap.lives(function() task.sleep(tap.ms(5)); task.yield() end,
          "sleep and yield after it work (CANCEL-8)")

local h = task.spawn(function()
  task.scope(function(s) s:cancel(); pcall(task.yield) end)
  task.sleep(tap.ms(5))
  return task.current().cancelled
end)
local ok, cancelled = pcall(h.join, h)
tap.is(ok, true, "a task kept running after its own cancelled scope returned (CANCEL-8)")
tap.is(cancelled, false, "and reports cancelled = false (CANCEL-8, CURRENT-3)")
