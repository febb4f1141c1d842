--[[---
clause: ABORT-1
description: a task yielding in an endless loop is ended by abort at its next yield
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local n = 0
local h = task.spawn(function()
  while true do n = n + 1; pcall(task.yield) end
end)
for _ = 1, 10 do task.yield() end
h:abort()
local at_abort = n
for _ = 1, 10 do task.yield() end
tap.cmp_ok(at_abort, ">=", 5, "the loop was running (ABORT-1)")
tap.is(n, at_abort, "it never ran again after the abort (ABORT-1)")
tap.raises(function() h:join() end, "task aborted", "join reports the abort (ABORT-5)")
