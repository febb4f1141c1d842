--[[---
clause: CANCEL-5, CANCEL-1
description: a child spawned into an already cancelled scope raises the cancellation error at its first checkpoint
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
local c1, c2
task.scope(function(s)
  s:cancel()
  c1 = s:spawn(function()
    log("c1 start")
    task.checkpoint()
    log("c1 past checkpoint")
  end)
  c2 = task.spawn(function()
    local cancelled = task.current().cancelled
    pcall(task.yield)
    log("c2 after pcall")
    return cancelled
  end)
end)
local ok, e = pcall(c1.join, c1)
tap.is(ok, false, "the child spawned after the cancel did not return normally (CANCEL-5)")
tap.ok(tap.is_cancel(e), "it ended with the cancellation error (CANCEL-1)")
tap.is(log:has("c1 past checkpoint"), false, "it never got past its first checkpoint (CANCEL-1)")
tap.is(c2:join(), true, "a child spawned with std.task.spawn sees current().cancelled = true (CURRENT-3)")
tap.ok(log:has("c2 after pcall"), "it is still cooperative: it ran on after swallowing the error (CANCEL-3)")
