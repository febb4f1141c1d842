--[[---
clause: TOKEN-4
description: check on a live token returns normally, in the main chunk, in tasks and in scope bodies
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local st = task.cancel_token()
tap.lives(function() st:check() end, "a live standalone token in the main chunk (TOKEN-4)")
task.scope(function(s)
  tap.lives(function() s:token():check() end, "a live scope token in its body (TOKEN-4)")
end)
local h = task.spawn(function()
  st:check()
  task.scope(function(s) s:token():check() end)
  return "ok"
end)
tap.is(h:join(), "ok", "in a task, both kinds of check returned (TOKEN-4)")
local n = 0
for _ = 1, 1000 do st:check(); n = n + 1 end
tap.is(n, 1000, "a thousand checks in a row return (TOKEN-4)")
tap.is(st:is_cancelled(), false, "check changed nothing (TOKEN-3)")
