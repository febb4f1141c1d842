--[[---
clause: HANDLE-2
description: elapsed is frozen after every kind of ending - return, error, cancellation
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local r = task.spawn(function() task.sleep(tap.ms(5)) end)
local e = task.spawn(function() task.sleep(tap.ms(5)); error("x", 0) end)
local c
task.scope(function(s)
  c = s:spawn(function() task.sleep(tap.ms(10000)) end)
  task.sleep(tap.ms(5))
  s:cancel()
end)
pcall(r.join, r); pcall(e.join, e)
local before = { r:elapsed(), e:elapsed(), c:elapsed() }
task.sleep(tap.ms(30))
tap.is(r:elapsed(), before[1], "after a return (HANDLE-2)")
tap.is(e:elapsed(), before[2], "after an error (HANDLE-2)")
tap.is(c:elapsed(), before[3], "after a cancellation (HANDLE-2)")
