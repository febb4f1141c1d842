--[[---
clause: CURRENT-3
description: current().cancelled is the state of the task's effective token
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local r = {}
task.scope(function(s)
  s:spawn(function()
    r.before = task.current().cancelled
    pcall(task.sleep, tap.ms(10000))
    r.after = task.current().cancelled
    r.again = task.current().cancelled
  end)
  task.sleep(tap.ms(10))
  s:cancel()
end)
tap.is(r.before, false, "false before the scope was cancelled (CURRENT-3)")
tap.is(r.after, true, "true once it was cancelled (CURRENT-3)")
tap.is(r.again, true, "and it stays true (CURRENT-3, CANCEL-3)")

local t = task.spawn(function()
  local inner, after
  task.scope(function(s)
    s:cancel()
    inner = task.current().cancelled
  end)
  after = task.current().cancelled
  return inner, after
end)
local inner, after = t:join()
tap.is(inner, true, "true inside the task's own cancelled scope (CURRENT-3)")
tap.is(after, false, "false again once that scope returned (CURRENT-3, CANCEL-8)")
