--[[---
clause: SCOPE-18
description: Scope:cancel works from an unrelated task, a user coroutine, a close handler and after the scope closed
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local r1 = table.pack(task.scope(function(s)
  task.spawn(function() s:cancel() end)
  task.sleep(tap.ms(10000))
end))
tap.is(r1.n, 0, "cancelled from a child task: absorbed (SCOPE-18)")
local r2 = table.pack(task.scope(function(s)
  coroutine.wrap(function() s:cancel() end)()
  task.sleep(tap.ms(10000))
end))
tap.is(r2.n, 0, "cancelled from inside a user coroutine (SCOPE-18)")
local r3 = table.pack(task.scope(function(s)
  do
    local _ <close> = setmetatable({}, { __close = function() s:cancel() end })
  end
  task.sleep(tap.ms(10000))
end))
tap.is(r3.n, 0, "cancelled from a <close> handler (SCOPE-18)")
local saved
task.scope(function(s) saved = s end)
local h = task.spawn(function() saved:cancel(); return saved:token():is_cancelled() end)
tap.is(h:join(), true, "cancelled from an unrelated task after it closed (SCOPE-18)")
