--[[---
clause: ABORT-3
description: aborting a task that already failed or was cancelled keeps its outcome - join still raises the original error
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local err = { "original" }
local f = task.spawn(function() error(err) end)
task.sleep(tap.ms(5))
f:abort()
local ok, e = pcall(f.join, f)
tap.ok(not ok and rawequal(e, err), "a failed task aborted afterwards still raises its own error (ABORT-3)")

local c
task.scope(function(s)
  c = s:spawn(function() task.sleep(tap.ms(10000)) end)
  task.yield()
  s:cancel()
end)
c:abort()
local okc, ec = pcall(c.join, c)
tap.ok(not okc and tap.is_cancel(ec), "a cancelled task aborted afterwards still raises the cancellation (ABORT-3)")
tap.unlike(ec, "task aborted", "not \"task aborted\" (ABORT-3)")
local r = task.spawn(function() return 1, 2 end)
r:join()
r:abort(); r:abort()
tap.is_deeply({ r:join() }, { 1, 2 }, "a returned task aborted twice keeps its results (ABORT-3)")
