--[[---
clause: ROOT-4, JOIN-5
description: the main chunk joins root tasks, opens scopes and with_timeouts, and all interleave with other tasks
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local log = tap.log()
local bg = task.spawn(function() for i = 1, 3 do log("bg" .. i); task.sleep(tap.ms(5)) end end)
local r = task.scope(function(s)
  local h = s:spawn(function() task.sleep(tap.ms(8)); return "scoped" end)
  return h:join()
end)
tap.is(r, "scoped", "scope and join in the main chunk (ROOT-4)")
bg:join()
tap.is(log:len(), 3, "the background task ran while the main chunk waited (JOIN-5)")
tap.is(task.with_timeout(tap.ms(5000), function() return "wt" end), "wt", "with_timeout in the main chunk (ROOT-4)")
