--[[---
clause: SLEEP-6
description: a sleep is not ended early by spawns, joins, other tokens' cancellation or the end of other tasks
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local sleeper = task.spawn(function() task.sleep(tap.ms(60)); return "slept" end)
task.yield()
local tok = task.cancel_token()
tok:cancel()
task.scope(function(s) s:cancel() end)
task.spawn(function() error("other failed", 0) end)
local quick = task.spawn(function() return 1 end)
quick:join()
local inner = task.spawn(function() task.sleep(tap.ms(5)) end)
inner:join()
tap.is(sleeper:join(), "slept", "the sleeper completed (SLEEP-6)")
tap.cmp_ok(sleeper:elapsed(), ">=", tap.ms(60), "after its full time, despite all that happened meanwhile (SLEEP-6)")
