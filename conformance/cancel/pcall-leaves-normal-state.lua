--[[---
clause: CANCEL-11
description: after pcall catches the cancellation, the task can run non-suspending code, return results or raise another error
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local a, b
task.scope(function(s)
  a = s:spawn(function()
    pcall(task.sleep, tap.ms(10000))
    local t = {}
    for i = 1, 10 do t[i] = i * i end
    local co = coroutine.wrap(function() coroutine.yield(#t) end)
    return "results", co(), task.current().id ~= nil
  end)
  b = s:spawn(function()
    pcall(task.sleep, tap.ms(10000))
    error({ "another error" })
  end)
  task.yield()
  s:cancel()
end)
local r1, r2, r3 = a:join()
tap.is(r1, "results", "the task returned its own results (CANCEL-11)")
tap.is(r2, 10, "after running plain code and a user coroutine (CANCEL-11)")
tap.is(r3, true, "current() works (CANCEL-11)")
local ok, e = pcall(b.join, b)
tap.is(ok, false, "the other task raised (CANCEL-11)")
tap.is(type(e) == "table" and e[1], "another error", "its own error, not the cancellation (CANCEL-11)")
