--[[---
clause: RUNTIME-9
description: scopes and with_timeouts nest at least 100 deep in one fiber, and return through every level
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local function nest(n, kind)
  if n == 0 then return 0 end
  local opener = kind == "scope" and task.scope
                 or function(f) return task.with_timeout(tap.ms(60000), f) end
  return opener(function(s)
    s:spawn(function() task.yield() end)
    return nest(n - 1, kind) + 1
  end)
end
tap.is(nest(100, "scope"), 100, "100 nested scopes in the main chunk (RUNTIME-9)")
tap.is(nest(100, "with_timeout"), 100, "100 nested with_timeouts in the main chunk (RUNTIME-9)")
local h = task.spawn(function() return nest(100, "scope"), nest(100, "with_timeout") end)
local a, b = h:join()
tap.is(a, 100, "100 nested scopes in a task (RUNTIME-9)")
tap.is(b, 100, "100 nested with_timeouts in a task (RUNTIME-9)")
