--[[---
clause: YIELD-5, CANCEL-1
description: yield in a cancelled task switches first, then raises the cancellation error
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local ran = false
task.scope(function(outer)
  task.scope(function(inner)
    inner:cancel()
    outer:spawn(function() ran = true end) -- outer is not cancelled
    tap.is(ran, false, "the sibling had not run before yield (YIELD-5)")
    local ok, e = pcall(task.yield)
    tap.is(ok, false, "yield raised in a cancelled scope (CANCEL-1)")
    tap.ok(tap.is_cancel(e), "with the cancellation error (CANCEL-1)")
    tap.is(ran, true, "the ready sibling ran before yield raised: yield switched first (YIELD-5)")
  end)
end)
