--[[---
clause: CURRENT-1, CURRENT-3
description: each task sees its own id and its own cancellation state in current(), not its parent's
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local inner
local parent = task.spawn(function()
  local child
  task.scope(function(s)
    s:cancel()
    child = task.spawn(function() return task.current() end)
  end)
  -- spawned into the root scope: its token is not cancelled
  inner = task.spawn(function() return task.current() end)
  return task.current(), child:join()
end)
local pc, cc = parent:join()
local ic = inner:join()
tap.ok(pc.id ~= cc.id and cc.id ~= ic.id, "three different ids (CURRENT-1)")
tap.is(cc.cancelled, true, "the child in the cancelled scope sees cancelled = true (CURRENT-3)")
tap.ok(pc.cancelled == false and ic.cancelled == false, "the parent and its later child see false (CURRENT-3)")
