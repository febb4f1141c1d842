--[[---
clause: ABORT-4, ABORT-2, ABORT-10, TIMEOUT-26
description: a task spawned into a scope by a member's <close> handler while Handle:abort cascades through that scope is aborted before it starts, and abort returns only after it finished
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local late, ran = nil, false
local h = task.spawn(function()
  task.scope(function(s)
    s:spawn(function()
      local _ <close> = setmetatable({}, { __close = function()
        late = s:spawn(function() ran = true end)
      end })
      task.sleep(tap.ms(60000))
    end)
    task.sleep(tap.ms(60000))
  end)
end)
task.sleep(tap.ms(10))
h:abort()
tap.ok(late ~= nil and late:is_finished(),
       "the task spawned during the cascade had finished when abort returned (ABORT-10)")
tap.is(ran, false, "its function never ran (ABORT-2)")
local ok, e = pcall(late.join, late)
tap.ok(not ok and tostring(e):find("task aborted", 1, true), "its join raises \"task aborted\" (ABORT-5)")
task.sleep(tap.ms(10))
tap.is(ran, false, "and it never ran later either (ABORT-4)")
