--[[---
clause: CLOSE-10, CLOSE-8
description: a <close> handler run on a task's return may suspend - its sleep sleeps, the task finishes only after it, and the results stand
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local S = tap.ms(40)
local res
local h = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function()
    res = table.pack(pcall(task.sleep, S))
  end })
  return "r1", "r2"
end)
task.sleep(S / 2)
tap.is(h:is_finished(), false, "while its handler sleeps the task is not finished (CLOSE-8)")
tap.is_deeply({ h:join() }, { "r1", "r2" }, "join returns the task's results once the handler returned (CLOSE-10)")
tap.is_deeply(res, { true, n = 1 }, "the handler's sleep returned normally (CLOSE-10)")
tap.at(h:elapsed(), S, "the task ended when the handler's sleep did (CLOSE-10, CLOSE-8)")
tap.ok(h:is_finished(), "the task is finished (CLOSE-8)")
