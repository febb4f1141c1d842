--[[---
clause: CLOSE-9, ABORT-13, ABORT-4, CLOSE-1
description: Handle:abort of a task waiting in a with_timeout during its grace period aborts the members first - the uncooperative child's handler, then the body's, then the task's own, each once - and the abort is complete when it returns
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local D = tap.ms(40)
local log = tap.log()
local function closer(tag)
  return setmetatable({}, { __close = function() log(tag) end })
end
local function stubborn() while true do pcall(task.sleep, tap.ms(7)) end end
local h = task.spawn(function()
  local _ <close> = closer("task")
  pcall(task.with_timeout, D, function(s)
    local _ <close> = closer("body")
    s:spawn(function()
      local _ <close> = closer("child")
      task.scope(function()
        task.spawn(function() local _ <close> = closer("grandchild"); stubborn() end)
        stubborn()
      end)
    end)
    stubborn()
  end, { grace_ms = tap.ms(60000) })
  log("returned")
end)
task.sleep(D + tap.ms(20))  -- in the grace period: every member swallows the cancel
tap.is(log:len(), 0, "in the grace period no handler has run yet")
h:abort()
log:is({ "grandchild", "child", "body", "task" },
       "members first, innermost scope first, then the body, then the aborted task (CLOSE-9, ABORT-13)")
tap.is(h:is_finished(), true, "the abort was complete when it returned (ABORT-10)")
