--[[---
clause: TIMEOUT-18, CLOSE-4
description: a <close> handler raising while stage 3 aborts the body - with_timeout re-raises that error, not the timeout
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local cleanup_err = { "cleanup failed" }
local ok, e = pcall(task.with_timeout, tap.ms(20), function()
  local _ <close> = setmetatable({}, { __close = function() error(cleanup_err) end })
  task.sleep(tap.ms(10000))
end, { grace_ms = 0 })
tap.is(ok, false, "with_timeout raised (TIMEOUT-7)")
tap.ok(rawequal(e, cleanup_err),
       "the <close> handler's error, unchanged: a cleanup error is never lost (TIMEOUT-18, CLOSE-4)")
tap.lives(function() task.checkpoint() end, "the caller is not cancelled (TIMEOUT-2)")
