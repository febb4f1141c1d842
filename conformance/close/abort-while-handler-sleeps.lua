--[[---
clause: CLOSE-13, CLOSE-1, CLOSE-6, ABORT-1
description: an abort arriving while a <close> handler run on return sleeps ends the task - that handler is not resumed, the outer handler still runs once with nil, nothing runs twice
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local A = tap.ms(20)
local log = tap.log()
local h = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function(_, err) log("outer(" .. tostring(err) .. ")") end })
  local _ <close> = setmetatable({}, { __close = function()
    log("inner sleeps")
    pcall(task.sleep, tap.ms(60000))
    log("inner resumed")
  end })
  return "returned"
end)
task.sleep(A)
h:abort()
local ok, e = pcall(h.join, h)
tap.ok(not ok and tostring(e):find("task aborted", 1, true), "the task was aborted (ABORT-1)")
log:is({ "inner sleeps", "outer(nil)" },
       "the sleeping handler was not resumed; the outer one ran with nil (CLOSE-13, CLOSE-6)")
tap.at(h:elapsed(), A, "the task ended at the abort (ABORT-10)")
task.sleep(tap.ms(10))
tap.is(log:len(), 2, "no handler ran twice (CLOSE-1)")
