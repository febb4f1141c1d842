--[[---
clause: CURRENT-6
description: current() never suspends, and works in close handlers - on return and on abort
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local ran = false
local h0 = task.spawn(function()
  task.spawn(function() ran = true end)
  task.current()
  return ran
end)
tap.is(h0:join(), false, "current() did not let a ready task run (CURRENT-6)")
local seen = {}
local h = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function() seen.ret = task.current().id end })
end)
h:join()
tap.is(seen.ret, h.id, "in a close handler on return it reports the task (CURRENT-6)")
local v = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function() seen.ab = task.current().id end })
  task.sleep(tap.ms(10000))
end)
task.yield()
v:abort()
tap.is(seen.ab, v.id, "in a close handler run by an abort it reports the aborted task (CURRENT-6)")
