--[[---
clause: SLEEP-1, ROOT-4
description: sleep works in the main chunk and in scope bodies, with other tasks running meanwhile
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local t = task.spawn(function() task.sleep(tap.ms(10)); log("task") end)
task.sleep(tap.ms(40))
log("main")
log:is({ "task", "main" }, "the main chunk slept while a shorter sleeper woke (SLEEP-1, ROOT-4)")
tap.ok(t:is_finished(), "the task finished during the main chunk's sleep (SLEEP-1)")

local slog = tap.log()
local probe = task.spawn(function()
  task.scope(function(s)
    s:spawn(function() task.sleep(tap.ms(10)); slog("child") end)
    task.sleep(tap.ms(40))
    slog("body")
  end)
end)
probe:join()
slog:is({ "child", "body" }, "a scope body slept while its child woke first (SLEEP-1)")
tap.cmp_ok(probe:elapsed(), ">=", tap.ms(40), "the scope body's sleep lasted its time (SLEEP-1)")
