--[[---
clause: SCOPE-8, SPAWN-5, SPAWN-6
description: Scope:spawn takes the same opts as std.task.spawn (name, driver)
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local named, coro
task.scope(function(s)
  named = s:spawn(function() return task.current().name end, { name = "scoped" })
  coro = s:spawn(function() coroutine.yield(); return "coroutine ok" end, { driver = "coroutine" })
end)
tap.is(named.name, "scoped", "Scope:spawn honours opts.name (SPAWN-5)")
tap.is(named:join(), "scoped", "current().name in that child (SPAWN-5)")
tap.is(coro:join(), "coroutine ok", "Scope:spawn honours opts.driver (SPAWN-6)")
tap.raises(function()
  task.scope(function(s) s:spawn(function() end, { driver = "no-such-driver" }) end)
end, nil, "Scope:spawn rejects an unknown driver (DRIVER-4)")
