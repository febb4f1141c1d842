--[[---
clause: ABORT-10
description: aborting another task takes effect before abort() returns - finished, close handlers run (its members' too), joiners ready
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local victim = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function() log("victim closed") end })
  task.scope(function(s)
    s:spawn(function()
      local _ <close> = setmetatable({}, { __close = function() log("member closed") end })
      task.sleep(tap.ms(10000))
    end)
    task.sleep(tap.ms(10000))
  end)
end)
task.spawn(function() pcall(victim.join, victim); log("joiner resumed") end)
task.sleep(tap.ms(5))
victim:abort()
tap.is(victim:is_finished(), true, "is_finished is true when abort() returns (ABORT-10)")
tap.ok(log:has("victim closed") and log:has("member closed"), "its and its member's close handlers have run (ABORT-10)")
tap.is(log:has("joiner resumed"), false, "its joiner has not run yet: it is only ready (ABORT-10)")
task.yield()
tap.ok(log:has("joiner resumed"), "it runs at the next suspension (ABORT-10)")
