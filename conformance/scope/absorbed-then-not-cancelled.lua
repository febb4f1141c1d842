--[[---
clause: SCOPE-5, CANCEL-8
description: after a scope absorbed its own cancel, the task's checkpoints no longer raise and it can open new scopes
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local h = task.spawn(function()
  task.scope(function(s) s:cancel(); task.yield() end)
  local c = task.current().cancelled
  task.sleep(tap.ms(5))
  task.yield()
  task.checkpoint()
  local r = task.scope(function() task.sleep(tap.ms(5)); return "second scope" end)
  return c, r
end)
local c, r = h:join()
tap.is(c, false, "current().cancelled is false again (CANCEL-8)")
tap.is(r, "second scope", "a new scope ran normally (CANCEL-8)")
tap.ok(h:is_finished(), "sleep, yield and checkpoint did not raise (CANCEL-8)")
local r2 = table.pack(task.scope(function(s) s:cancel() end))
tap.is(r2.n, 0, "a body that only cancels is absorbed, no values (SCOPE-5)")
