--[[---
clause: TIMEOUT-6, TIMEOUT-5
description: with grace_ms = 0 a body that swallows every cancellation is aborted at once and with_timeout returns
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local spins = 0
local closed = 0
local w = task.spawn(function()
  local r = table.pack(pcall(task.with_timeout, tap.ms(20), function()
    local _ <close> = setmetatable({}, { __close = function() closed = closed + 1 end })
    while true do
      pcall(task.sleep, tap.ms(10000))
      spins = spins + 1
    end
  end, { grace_ms = 0 }))
  return r, task.current().cancelled
end)
local r, cancelled = w:join()
tap.is(r[1], false, "with_timeout raised (TIMEOUT-2)")
tap.like(r[2], "timed out", "the timeout (TIMEOUT-2)")
tap.is(spins, 0, "the body never ran past its sleep (TIMEOUT-6)")
tap.is(closed, 1, "the aborted body's <close> variable was closed once (CLOSE-1)")
tap.is(cancelled, false, "the calling task is not cancelled (TIMEOUT-2)")
