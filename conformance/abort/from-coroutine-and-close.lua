--[[---
clause: ABORT-14
description: Handle:abort works from a user coroutine and from a close handler
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local v1 = task.spawn(function() task.sleep(tap.ms(10000)) end)
task.yield()
coroutine.wrap(function() v1:abort() end)()
tap.ok(v1:is_finished(), "aborted from a user coroutine (ABORT-14)")
tap.raises(function() v1:join() end, "task aborted", "it reports the abort (ABORT-5)")
local v2 = task.spawn(function() task.sleep(tap.ms(10000)) end)
local closer = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function() v2:abort() end })
end)
closer:join()
tap.ok(v2:is_finished(), "aborted from a close handler (ABORT-14)")
tap.raises(function() v2:join() end, "task aborted", "it reports the abort (ABORT-5)")
