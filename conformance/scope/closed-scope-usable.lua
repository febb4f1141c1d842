--[[---
clause: SCOPE-13
description: a closed scope stays usable as a value - name reads, token() works, cancel() raises nothing; only spawn fails
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local saved
task.scope("kept", function(s) saved = s end)
tap.is(saved.name, "kept", "name still reads (SCOPE-13)")
local tok = saved:token()
tap.ok(rawequal(tok, saved:token()) and tok:is_cancelled() == false,
       "token() returns the scope's token, a working CancelToken (SCOPE-13)")
tap.lives(function() saved:cancel() end, "cancel() raises nothing (SCOPE-13)")
tap.lives(function() saved:cancel() end, "nor a second time (TOKEN-2)")
tap.raises(function() saved:spawn(function() end) end, "scope is closed", "spawn fails (SCOPE-9)")
