--[[---
clause: TIMEOUT-1, TIMEOUT-10
description: nested with_timeouts that both finish in time return their results through each other
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local r = table.pack(task.with_timeout(tap.ms(5000), function()
  local a, b = task.with_timeout(tap.ms(4000), function()
    task.sleep(tap.ms(5))
    return "inner", 2
  end)
  return a, b, "outer"
end))
tap.is(r.n, 3, "three values (TIMEOUT-1)")
tap.is_deeply({ r[1], r[2], r[3] }, { "inner", 2, "outer" }, "inner results passed through the outer (TIMEOUT-1)")
local h = task.spawn(function()
  return task.with_timeout(tap.ms(5000), function()
    return task.with_timeout(tap.ms(5000), function() return task.current().id end)
  end)
end)
tap.is(h:join(), h.id, "in a task, both bodies ran in that task (TIMEOUT-11)")
