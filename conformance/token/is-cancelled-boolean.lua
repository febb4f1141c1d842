--[[---
clause: TOKEN-3
description: is_cancelled returns exactly false or true, for standalone and scope tokens alike
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local st = task.cancel_token()
tap.is(st:is_cancelled(), false, "a live standalone token: false (TOKEN-3)")
st:cancel()
tap.is(st:is_cancelled(), true, "a cancelled standalone token: true (TOKEN-3)")
task.scope(function(s)
  local t = s:token()
  tap.is(t:is_cancelled(), false, "a live scope token: false (TOKEN-3)")
  s:cancel()
  tap.is(t:is_cancelled(), true, "a cancelled scope token: true (TOKEN-3)")
  tap.is(select("#", t:is_cancelled()), 1, "exactly one result (TOKEN-3)")
end)
task.scope(function(outer)
  task.scope(function(inner)
    outer:cancel()
    tap.is(inner:token():is_cancelled(), true, "a token cancelled through its parent: true (TOKEN-3, TOKEN-6)")
  end)
end)
