--[[---
clause: TOKEN-2, TOKEN-5
description: a scope token kept after its scope returned still reads the scope's final state and can be checked
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local cancelled_tok
task.scope(function(s) s:cancel(); cancelled_tok = s:token() end)
tap.is(cancelled_tok:is_cancelled(), true, "a cancelled scope's token stays cancelled after it returned (TOKEN-2)")
tap.raises(function() cancelled_tok:check() end, "task cancelled", "its check still raises (TOKEN-4)")
collectgarbage()
tap.is(cancelled_tok:is_cancelled(), true, "also after a garbage collection (TOKEN-2)")
local h = task.spawn(function() return cancelled_tok:is_cancelled() end)
tap.is(h:join(), true, "and when read by another task (TOKEN-5)")
