--[[---
clause: CLOSE-1, CLOSE-2
description: a task ended by the cancellation error closes its <close> variables once; handlers see the error
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local count, seen = 0, nil
local h
task.scope(function(s)
  h = s:spawn(function()
    local _ <close> = setmetatable({}, { __close = function(_, e) count = count + 1; seen = e end })
    task.sleep(tap.ms(10000))
  end)
  task.sleep(tap.ms(10))
  s:cancel()
end)
tap.is(count, 1, "the cancelled task's <close> variable was closed once (CLOSE-1)")
tap.ok(tap.is_cancel(seen), "its handler saw the cancellation error (CLOSE-2)")
local ok, e = pcall(h.join, h)
tap.ok(not ok and tap.is_cancel(e), "join raises the cancellation error (JOIN-2)")
