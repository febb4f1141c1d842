--[[---
clause: CHECKPOINT-2, DRIVER-14
description: checkpoint behaves the same in a coroutine-driver task - returns while live, raises once cancelled
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local h
task.scope(function(s)
  h = s:spawn(function()
    local ok1 = pcall(task.checkpoint)
    s:cancel()
    local ok2, e2 = pcall(task.checkpoint)
    return ok1, ok2, e2
  end, { driver = "coroutine" })
end)
local ok1, ok2, e2 = h:join()
tap.is(ok1, true, "checkpoint returned while live (CHECKPOINT-1)")
tap.is(ok2, false, "raised once the scope was cancelled (CHECKPOINT-2)")
tap.ok(tap.is_cancel(e2), "the cancellation error (CHECKPOINT-2)")
