--[[---
clause: CANCEL-4, CANCEL-6
description: a task waiting in Handle:join when its token is cancelled wakes at once and raises there
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
local target = task.spawn(function() task.sleep(tap.ms(250)); log("target done"); return 42 end)
local joiner
task.scope(function(s)
  joiner = s:spawn(function()
    local ok, e = pcall(target.join, target)
    log("joiner woke")
    return ok, e
  end)
  task.sleep(tap.ms(20))
  s:cancel()
end)
local ok, e = joiner:join()
tap.is(ok, false, "join raised in the cancelled joiner (CANCEL-4)")
tap.ok(tap.is_cancel(e), "with the cancellation error (CANCEL-6)")
tap.is(log:items()[1], "joiner woke", "the joiner woke before the target finished (CANCEL-4)")
tap.cmp_ok(joiner:elapsed(), "<", tap.ms(200), "it did not wait for the target (CANCEL-4)")
tap.is(target:join(), 42, "the target finished normally afterwards (CANCEL-6)")
