--[[---
clause: TIMEOUT-3, TIMEOUT-6
description: with grace_ms = 0 the token is still cancelled before the abort - close handlers of the aborted tasks see it
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local seen = {}
pcall(task.with_timeout, tap.ms(20), function(s)
  s:spawn(function()
    local _ <close> = setmetatable({}, { __close = function() seen.child = s:token():is_cancelled() end })
    task.sleep(tap.ms(10000))
  end)
  local _ <close> = setmetatable({}, { __close = function() seen.body = s:token():is_cancelled() end })
  task.sleep(tap.ms(10000))
end, { grace_ms = 0 })
tap.is(seen.child, true, "the child's close handler saw the scope's token cancelled (TIMEOUT-3, TIMEOUT-6)")
tap.is(seen.body, true, "so did the body's (TIMEOUT-3)")
tap.lives(function() task.checkpoint() end, "the main chunk is not cancelled afterwards (TIMEOUT-2)")
