--[[---
clause: ROOT-2
description: a scope or with_timeout of the main chunk that fails or times out neither waits for nor touches root tasks
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local r = task.spawn(function() task.sleep(tap.ms(60)); return task.current().cancelled end)
local ok = pcall(task.scope, function() error("scope failed", 0) end)
tap.is(ok, false, "the scope raised (SCOPE-3)")
local okt = pcall(task.with_timeout, tap.ms(5), function() task.sleep(tap.ms(10000)) end)
tap.is(okt, false, "the with_timeout timed out (TIMEOUT-2)")
tap.is(r:is_finished(), false, "neither waited for the root task (ROOT-2)")
tap.is(r:join(), false, "nor cancelled it (ROOT-2)")
