--[[---
clause: TOKEN-6, TOKEN-7
description: in a three-level scope tree, cancelling the middle scope cancels the one below and never the one above
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local top, mid, low
task.scope(function(a)
  top = a:token()
  task.scope(function(b)
    mid = b:token()
    task.scope(function(c)
      low = c:token()
      b:cancel()
      tap.is(low:is_cancelled(), true, "the lower scope's token is cancelled (TOKEN-6)")
      tap.is(mid:is_cancelled(), true, "the middle one is (TOKEN-5)")
      tap.is(top:is_cancelled(), false, "the top one is not (TOKEN-7)")
      pcall(task.checkpoint)
    end)
  end)
  tap.lives(function() task.checkpoint() end, "the top scope's body is not cancelled (TOKEN-7)")
  a:cancel()
  tap.is(top:is_cancelled(), true, "then cancelling the top scope cancels it (TOKEN-5)")
end)
tap.is(low:is_cancelled(), true, "no token was un-cancelled (TOKEN-2)")
