--[[---
clause: ARGS-11
description: after many argument errors, caught in tasks and in the main chunk, every std.task function keeps working
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local function spam()
  for _ = 1, 50 do
    pcall(task.sleep, -1); pcall(task.spawn, 1); pcall(task.scope, 1); pcall(task.with_timeout, 1, 1)
  end
end
spam()
local h = task.spawn(function() spam(); task.sleep(tap.ms(1)); return "task ok" end)
tap.is(h:join(), "task ok", "a task that caught argument errors runs on (ARGS-11)")
tap.is(task.scope(function(s) s:spawn(function() task.yield() end); return "scope ok" end), "scope ok",
       "scope works (ARGS-11)")
local ok, e = pcall(task.with_timeout, tap.ms(5), function() task.sleep(tap.ms(10000)) end)
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout works (ARGS-11)")
tap.is(task.current(), nil, "current() works (ARGS-11)")
