--[[---
clause: TOKEN-3, TOKEN-4
description: is_cancelled only reads and check only raises; neither suspends nor changes the token
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local ran = false
task.spawn(function() ran = true end)
local tok = task.cancel_token()
for _ = 1, 100 do tok:check(); tok:is_cancelled() end
tap.is(ran, false, "check() and is_cancelled() did not let a ready task run (TOKEN-3, TOKEN-4)")
tap.is(tok:is_cancelled(), false, "reading the token 100 times did not cancel it (TOKEN-3)")
tok:cancel()
for _ = 1, 10 do pcall(tok.check, tok) end
tap.is(ran, false, "a raising check() did not suspend either (TOKEN-4)")
tap.is(tok:is_cancelled(), true, "the token is still cancelled after the raises (TOKEN-3)")
task.yield()
tap.is(ran, true, "the ready task ran at the next yield (TOKEN-4)")
