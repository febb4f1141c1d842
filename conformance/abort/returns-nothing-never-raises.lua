--[[---
clause: ABORT-9
description: Handle:abort returns no values and never raises, whatever the state of its task
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local unstarted = task.spawn(function() end)
tap.is(select("#", unstarted:abort()), 0, "not started: no values, no error (ABORT-9)")
local sleeping = task.spawn(function() task.sleep(tap.ms(10000)) end)
task.yield()
tap.is(select("#", sleeping:abort()), 0, "waiting (ABORT-9)")
tap.is(select("#", sleeping:abort()), 0, "already aborted (ABORT-9)")
local done = task.spawn(function() return 1 end)
done:join()
tap.is(select("#", done:abort()), 0, "finished (ABORT-9)")
local failed = task.spawn(function() error("x", 0) end)
pcall(failed.join, failed)
tap.is(select("#", failed:abort()), 0, "failed (ABORT-9)")
local self_n
local me
me = task.spawn(function() self_n = select("#", me:abort()) end)
pcall(me.join, me)
tap.is(self_n, 0, "running: itself (ABORT-9)")
