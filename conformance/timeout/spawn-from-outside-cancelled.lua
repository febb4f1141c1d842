--[[---
clause: TIMEOUT-3, SCOPE-8
description: a child spawned into a with_timeout scope from another task is cancelled at the deadline too
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local ws
local foreign
local helper = task.spawn(function()
  while ws == nil do task.sleep(tap.ms(1)) end
  foreign = ws:spawn(function() task.sleep(tap.ms(10000)) end)
end)
local ok, e = pcall(task.with_timeout, tap.ms(30), function(s)
  ws = s
  task.sleep(tap.ms(10000))
end)
helper:join()
tap.is(ok, false, "with_timeout raised (TIMEOUT-2)")
tap.like(e, "timed out", "the timeout (TIMEOUT-2)")
local okf, ef = pcall(foreign.join, foreign)
tap.ok(not okf and tap.is_cancel(ef), "the child spawned from another task was cancelled at the deadline (TIMEOUT-3)")
tap.ok(foreign:is_finished(), "and drained before with_timeout returned (SCOPE-8)")
