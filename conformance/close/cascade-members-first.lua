--[[---
clause: CLOSE-9, ABORT-4
description: in a cascade the members of a scope are aborted and closed before the close handlers of the code that opened the scope
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local log = tap.log()
local t = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function() log("owner") end })
  task.scope(function(s)
    local _ <close> = setmetatable({}, { __close = function() log("owner body") end })
    s:spawn(function()
      local _ <close> = setmetatable({}, { __close = function() log("member") end })
      task.scope(function(s2)
        s2:spawn(function()
          local _ <close> = setmetatable({}, { __close = function() log("grand member") end })
          task.sleep(tap.ms(10000))
        end)
        task.sleep(tap.ms(10000))
      end)
    end)
    task.sleep(tap.ms(10000))
  end)
end)
task.sleep(tap.ms(10))
t:abort()
tap.is(log:len(), 4, "every handler ran once (CLOSE-1)")
log:is({ "grand member", "member", "owner body", "owner" },
       "members were closed before the code that opened their scope, at each level (CLOSE-9)")
