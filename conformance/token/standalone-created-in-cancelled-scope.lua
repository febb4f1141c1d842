--[[---
clause: TOKEN-1
description: a token made by cancel_token() inside a cancelled scope is live and stays live - it is linked to nothing
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local tok
task.scope(function(s)
  s:cancel()
  tok = task.cancel_token()
  tap.is(tok:is_cancelled(), false, "a token made in a cancelled scope is live (TOKEN-1)")
  tap.lives(function() tok:check() end, "its check returns (TOKEN-4)")
end)
local h
task.scope(function(s)
  h = s:spawn(function()
    local t2 = task.cancel_token()
    pcall(task.sleep, tap.ms(10000))
    return t2:is_cancelled()
  end)
  task.yield()
  s:cancel()
end)
tap.is(h:join(), false, "a token made by a task stays live when the task is cancelled (TOKEN-1)")
tap.is(tok:is_cancelled(), false, "and after its scope returned (TOKEN-1)")
