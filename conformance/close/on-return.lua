--[[---
clause: CLOSE-1
description: a task returning normally closes its <close> variables exactly once, before join returns
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local count, err_arg = 0, "unset"
local h = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function(_, e) count = count + 1; err_arg = e end })
  task.sleep(tap.ms(10))
  return "ok"
end)
tap.is(h:join(), "ok", "the task returned (CLOSE-1)")
tap.is(count, 1, "its <close> variable was closed once by the time join returned (CLOSE-1)")
tap.is(err_arg, nil, "the handler got no error object on a normal return (CLOSE-1)")
task.sleep(tap.ms(10))
tap.is(count, 1, "and never again (CLOSE-1)")
