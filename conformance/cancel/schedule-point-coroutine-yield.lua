--[[---
clause: CANCEL-9, DRIVER-2, DRIVER-3
description: under the coroutine driver, coroutine.yield() and coroutine.yield(ms) in a cancelled task pass through the scheduler before raising
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local res = {}
task.scope(function(s)
  s:spawn(function()
    s:cancel()
    local ran = false
    task.spawn(function() ran = true end)
    local ok, e = pcall(coroutine.yield)
    res.y = { ok, e, ran }
    ran = false
    task.spawn(function() ran = true end)
    local ok2, e2 = pcall(coroutine.yield, tap.ms(10))
    res.s = { ok2, e2, ran }
  end, { driver = "coroutine" })
end)
tap.ok(res.y[1] == false and tap.is_cancel(res.y[2]), "coroutine.yield() raised the cancellation error (DRIVER-2)")
tap.is(res.y[3], true, "after letting a ready task run (CANCEL-9)")
tap.ok(res.s[1] == false and tap.is_cancel(res.s[2]), "coroutine.yield(ms) raised it (DRIVER-3)")
tap.is(res.s[3], true, "after letting a ready task run (CANCEL-9)")
