--[[---
clause: SCOPE-4
description: a cancelled scope never hard-aborts: a child that keeps going after cancellation completes
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local closed = 0
local steps = 0
local child
local ok = pcall(task.scope, function(s)
  child = s:spawn(function()
    local _ <close> = setmetatable({}, { __close = function() closed = closed + 1 end })
    pcall(task.sleep, tap.ms(10000))
    for _ = 1, 5 do
      pcall(task.yield)          -- raises every time, but the child carries on
      pcall(task.sleep, tap.ms(10))
      steps = steps + 1
    end
    return "finished its own way"
  end)
  task.yield()
  error("body failed", 0)
end)
tap.is(ok, false, "scope raised the body's error (SCOPE-3)")
tap.is(steps, 5, "the child ran all five steps after the cancellation (SCOPE-4)")
tap.is(child:join(), "finished its own way", "and returned normally: no hard abort (SCOPE-4)")
tap.is(closed, 1, "its <close> variable was closed once, at its own return (CLOSE-1)")

local steps2 = 0
task.scope(function(s)
  s:spawn(function()
    pcall(task.sleep, tap.ms(10000))
    for _ = 1, 3 do pcall(task.checkpoint); steps2 = steps2 + 1 end
  end)
  task.yield()
  s:cancel()
end)
tap.is(steps2, 3, "Scope:cancel does not abort either: the child's loop completed (SCOPE-4)")
