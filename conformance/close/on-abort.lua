--[[---
clause: CLOSE-1, CLOSE-5
description: an aborted task's pending <close> variables are closed exactly once, innermost first
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
local function closer(name)
  return setmetatable({}, { __close = function() log(name) end })
end
local h = task.spawn(function()
  local _a <close> = closer("a")
  local _b <close> = closer("b")
  do
    local _c <close> = closer("c")
    local function deeper()
      local _d <close> = closer("d")
      task.sleep(tap.ms(10000))
    end
    deeper()
  end
end)
task.sleep(tap.ms(10))
tap.is(log:len(), 0, "nothing closed while the task sleeps (CLOSE-1)")
h:abort()
task.sleep(tap.ms(10))
log:is({ "d", "c", "b", "a" }, "all four closed once, innermost first (CLOSE-1, CLOSE-5)")
task.sleep(tap.ms(20))
tap.is(log:len(), 4, "never again (CLOSE-1)")

local n = 0
local u = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function() n = n + 1 end })
end)
u:abort()
task.sleep(tap.ms(5))
tap.is(n, 0, "an unstarted task aborted has nothing to close (ABORT-2)")

local closed_in_drain = 0
local t = task.spawn(function()
  task.scope(function(s)
    s:spawn(function()
      local _ <close> = setmetatable({}, { __close = function() closed_in_drain = closed_in_drain + 1 end })
      task.sleep(tap.ms(10000))
    end)
  end)
end)
task.sleep(tap.ms(10))
t:abort()
task.sleep(tap.ms(10))
tap.is(closed_in_drain, 1, "a child aborted through its parent's scope closed its variable once (CLOSE-1, ABORT-4)")
