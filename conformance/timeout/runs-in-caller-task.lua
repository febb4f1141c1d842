--[[---
clause: TIMEOUT-11, CURRENT-4
description: the with_timeout body runs inside the calling task - current() reports the caller
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local seen = {}
local h = task.spawn(function()
  task.with_timeout(tap.ms(2000), function(s)
    local c = task.current()
    seen.id, seen.name, seen.cancelled = c.id, c.name, c.cancelled
    s:spawn(function() seen.child = task.current().id end)
  end)
end, { name = "caller" })
h:join()
tap.is(seen.id, h.id, "current().id in the body is the caller's id (TIMEOUT-11)")
tap.is(seen.name, "caller", "current().name is the caller's name (TIMEOUT-11)")
tap.is(seen.cancelled, false, "current().cancelled is false before the deadline (CURRENT-3)")
tap.ok(seen.child ~= nil and seen.child ~= h.id, "a child spawned in the body is a task of its own (TIMEOUT-11)")

local main_cur = "unset"
task.with_timeout(tap.ms(2000), function() main_cur = task.current() end)
tap.is(main_cur, nil, "called from the main chunk, current() in the body is nil (TIMEOUT-11, CURRENT-2)")
