--[[---
clause: CLOSE-1, CLOSE-2
description: children ended by their scope's cancellation close their variables once and see the cancellation error
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local n, errs = 0, 0
task.scope(function(s)
  for _ = 1, 5 do
    s:spawn(function()
      local _ <close> = setmetatable({}, { __close = function(_, e)
        n = n + 1
        if tap.is_cancel(e) then errs = errs + 1 end
      end })
      task.sleep(tap.ms(10000))
    end)
  end
  task.yield()
  s:cancel()
end)
tap.is(n, 5, "every cancelled child closed its variable once (CLOSE-1)")
tap.is(errs, 5, "each handler saw the cancellation error (CLOSE-2)")
