--[[---
clause: SCOPE-1, TOKEN-5
description: the Scope passed to the body offers spawn, cancel and token, and keeps them during the drain
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local during = {}
task.scope(function(s)
  tap.is(type(s.spawn), "function", "Scope:spawn exists (SCOPE-1)")
  tap.is(type(s.cancel), "function", "Scope:cancel exists (SCOPE-1)")
  tap.is(type(s.token), "function", "Scope:token exists (SCOPE-1)")
  s:spawn(function()
    task.yield()   -- the body has returned: the scope drains
    during.live = s:token():is_cancelled()
    during.h = s:spawn(function() return "spawned while draining" end)
  end)
end)
tap.is(during.live, false, "during the drain the token is readable and live (TOKEN-5)")
tap.is(during.h:join(), "spawned while draining", "and spawn still works (SCOPE-8)")
