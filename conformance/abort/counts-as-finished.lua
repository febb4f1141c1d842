--[[---
clause: ABORT-12
description: an aborted task counts as finished for its scope's drain, its joiners and is_finished
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local h
local joined
local t = task.spawn(function()
  local r = task.scope(function(s)
    h = s:spawn(function() task.sleep(tap.ms(10000)) end)
    s:spawn(function() joined = table.pack(pcall(h.join, h)) end)
    return "drained"
  end)
  return r
end)
task.sleep(tap.ms(5))
h:abort()
tap.is(t:join(), "drained", "the scope's drain ended (ABORT-12)")
tap.ok(joined and joined[1] == false and tostring(joined[2]):find("task aborted", 1, true),
       "its joiner woke with \"task aborted\" (ABORT-12)")
tap.is(h:is_finished(), true, "is_finished is true (ABORT-12)")
