--[[---
clause: TOKEN-5, TIMEOUT-3
description: the with_timeout scope's token is live before the deadline and cancelled when it fires
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local tok
local before
local ok, e = pcall(task.with_timeout, tap.ms(30), function(s)
  tok = s:token()
  before = tok:is_cancelled()
  pcall(task.sleep, tap.ms(10000))
  return tok:is_cancelled()
end)
tap.is(before, false, "the token is live while the body starts (TOKEN-5)")
tap.is(ok, false, "with_timeout raised (TIMEOUT-2)")
tap.like(e, "timed out", "the deadline fired (TIMEOUT-2)")
tap.is(tok:is_cancelled(), true, "the scope's token was cancelled at the deadline (TIMEOUT-3, TOKEN-5)")
