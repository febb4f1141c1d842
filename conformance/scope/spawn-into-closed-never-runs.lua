--[[---
clause: SCOPE-9
description: every form of spawning into a closed scope is refused - from the main chunk, a task and a coroutine-driver task
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local ran = 0
local closed
task.scope(function(s) closed = s end)
tap.raises(function() closed:spawn(function() ran = ran + 1 end, { name = "x" }) end, "scope is closed",
           "with opts, from the main chunk (SCOPE-9)")
local h = task.spawn(function()
  return pcall(closed.spawn, closed, function() ran = ran + 1 end)
end, { driver = "coroutine" })
local ok, e = h:join()
tap.ok(not ok and tostring(e):find("scope is closed", 1, true), "from a coroutine-driver task (SCOPE-9)")
local inner_closed
local h2 = task.spawn(function()
  task.scope(function(s) inner_closed = s; s:spawn(function() end) end)
  return pcall(inner_closed.spawn, inner_closed, function() ran = ran + 1 end)
end)
local ok2, e2 = h2:join()
tap.ok(not ok2 and tostring(e2):find("scope is closed", 1, true), "a task's own scope, once returned (SCOPE-9)")
task.sleep(tap.ms(5))
tap.is(ran, 0, "no refused function ever ran (SCOPE-9)")
tap.raises(function() closed:spawn(function() ran = ran + 1 end) end, "scope is closed",
           "refused again on a second try (SCOPE-9)")
