--[[---
clause: CLOSE-1, CLOSE-5
description: scope children returning normally close their variables once, innermost first, before the scope returns
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local log = tap.log()
task.scope(function(s)
  for i = 1, 2 do
    s:spawn(function()
      local _a <close> = setmetatable({}, { __close = function() log(i .. "a") end })
      local _b <close> = setmetatable({}, { __close = function() log(i .. "b") end })
      task.sleep(tap.ms(i * 5))
    end)
  end
end)
log:is({ "1b", "1a", "2b", "2a" }, "each child's variables closed once, innermost first (CLOSE-1, CLOSE-5)")
tap.is(log:len(), 4, "before the scope returned (CLOSE-8)")
