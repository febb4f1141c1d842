--[[---
clause: CURRENT-4
description: current() inside a plain Lua coroutine created by a task reports that task
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local h = task.spawn(function()
  local co = coroutine.wrap(function()
    local c = task.current()
    coroutine.yield(c and c.id)
    return task.current() and task.current().name
  end)
  return co(), co()
end, { name = "host task" })
local id, name = h:join()
tap.is(id, h.id, "current().id inside the task's coroutine is the task's id (CURRENT-4)")
tap.is(name, "host task", "and the name after the coroutine resumed (CURRENT-4)")

local in_main = "unset"
coroutine.wrap(function() in_main = task.current() end)()
tap.is(in_main, nil, "a coroutine created by the main chunk is not a task either (CURRENT-2)")
