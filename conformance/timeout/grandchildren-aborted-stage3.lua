--[[---
clause: TIMEOUT-5, ABORT-4
description: stage 3 aborts children recursively - grandchildren in a child's own scope are aborted too
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local closed = 0
local gc
pcall(task.with_timeout, tap.ms(20), function(s)
  s:spawn(function()
    task.scope(function(inner)
      gc = inner:spawn(function()
        local _ <close> = setmetatable({}, { __close = function() closed = closed + 1 end })
        pcall(task.sleep, tap.ms(10000))
        log("grandchild resumed")
      end)
      pcall(task.sleep, tap.ms(10000))
      log("child resumed")
    end)
  end)
  task.sleep(tap.ms(10000))
end, { grace_ms = 0 })
tap.is(log:len(), 0, "neither child nor grandchild ran again (TIMEOUT-5, ABORT-4)")
local ok, e = pcall(gc.join, gc)
tap.ok(not ok and tostring(e):find("task aborted", 1, true), "the grandchild was aborted (ABORT-4)")
tap.is(closed, 1, "its <close> variable was closed once (CLOSE-1)")
tap.ok(gc:is_finished(), "it is finished (TIMEOUT-5)")
