--[[---
clause: TIMEOUT-6
description: with grace_ms = 0 a cooperative child gets no chance to run its cleanup code - it is aborted right after the cancel
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
local closed = 0
local child
local ok, e = pcall(task.with_timeout, tap.ms(20), function(s)
  child = s:spawn(function()
    local _ <close> = setmetatable({}, { __close = function() closed = closed + 1 end })
    local okc = pcall(task.sleep, tap.ms(10000))
    log("cleanup code ran, ok=" .. tostring(okc))
  end)
  task.sleep(tap.ms(10000))
end, { grace_ms = 0 })
tap.is(ok, false, "with_timeout raised (TIMEOUT-2)")
tap.like(e, "timed out", "the timeout (TIMEOUT-2)")
tap.is(log:len(), 0, "the child never ran after its sleep, not even its cleanup (TIMEOUT-6)")
local okc, ec = pcall(child.join, child)
tap.ok(not okc and tostring(ec):find("task aborted", 1, true), "it was hard-aborted (TIMEOUT-6, ABORT-5)")
tap.is(closed, 1, "its <close> variable was closed once (CLOSE-1)")
