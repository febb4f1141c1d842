--[[---
clause: TIMEOUT-2, TIMEOUT-11, ROOT-4
description: the main chunk can run with_timeout; a timeout leaves it uncancelled and its root tasks untouched
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local root_task = task.spawn(function() task.sleep(tap.ms(60)); return "root task done" end)
local cur = "unset"
local ok, e = pcall(task.with_timeout, tap.ms(20), function()
  cur = task.current()
  task.sleep(tap.ms(10000))
end)
tap.is(ok, false, "with_timeout raised in the main chunk (TIMEOUT-2)")
tap.like(e, "timed out", "the timeout (TIMEOUT-2)")
tap.is(cur, nil, "the body ran in the main chunk: current() is nil (TIMEOUT-11)")
tap.lives(function() task.checkpoint(); task.sleep(0) end, "the main chunk is not cancelled (TIMEOUT-2)")
tap.is(root_task:join(), "root task done", "a root task was not affected (ROOT-2)")
