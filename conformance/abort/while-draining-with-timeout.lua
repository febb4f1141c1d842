--[[---
clause: ABORT-4, CLOSE-1
description: a task aborted while its with_timeout scope drains - children aborted at once, without waiting for the deadline
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local closed = 0
local kid
local t = task.spawn(function()
  task.with_timeout(tap.ms(10000), function(s)
    kid = s:spawn(function()
      local _ <close> = setmetatable({}, { __close = function() closed = closed + 1 end })
      task.sleep(tap.ms(10000))
    end)
    return "body returned"
  end)
end)
task.sleep(tap.ms(20))
t:abort()
task.sleep(tap.ms(20))
tap.ok(kid:is_finished(), "the child was ended at once (ABORT-4)")
local ok, e = pcall(kid.join, kid)
tap.ok(not ok and tostring(e):find("task aborted", 1, true), "by a hard abort (ABORT-4)")
tap.is(closed, 1, "its <close> variable was closed once (CLOSE-1)")
tap.cmp_ok(kid:elapsed(), "<", tap.ms(5000), "long before the deadline (ABORT-4)")
