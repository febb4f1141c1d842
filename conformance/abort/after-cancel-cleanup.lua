--[[---
clause: ABORT-1, CLOSE-1
description: a cancelled task in the middle of a slow cleanup can still be aborted - the rest of the cleanup never runs
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local steps = 0
local closed = 0
local h
local s_ref
task.spawn(function()
  task.scope(function(s)
    s_ref = s
    h = s:spawn(function()
      local _ <close> = setmetatable({}, { __close = function() closed = closed + 1 end })
      pcall(task.sleep, tap.ms(10000))
      while true do steps = steps + 1; pcall(task.yield) end
    end)
  end)
end)
task.yield()
s_ref:cancel()
for _ = 1, 5 do task.yield() end
local before = steps
h:abort()
for _ = 1, 5 do task.yield() end
tap.cmp_ok(before, ">=", 1, "the cancelled task was running its cleanup (CANCEL-3)")
tap.is(steps, before, "after the abort it never ran again (ABORT-1)")
tap.is(closed, 1, "its <close> variable was closed once (CLOSE-1)")
tap.raises(function() h:join() end, "task aborted", "join reports the abort, not the cancellation (ABORT-5)")
