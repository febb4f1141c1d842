--[[---
clause: TIMEOUT-3
description: at the deadline the scope's token is cancelled; body and children see "task cancelled"
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local body_err, child, tok, flag
local ok, e = pcall(task.with_timeout, tap.ms(30), function(s)
  tok = s:token()
  child = s:spawn(function() task.sleep(tap.ms(10000)) end)
  local ok2, e2 = pcall(task.sleep, tap.ms(10000))
  body_err = ok2 and "no error" or e2
  flag = task.current()
  error(e2, 0)
end)
tap.is(ok, false, "with_timeout raised (TIMEOUT-2)")
tap.like(e, "timed out", "it reports the timeout (TIMEOUT-2)")
tap.ok(tap.is_cancel(body_err), "the body's sleep raised the cancellation error (TIMEOUT-3)")
tap.is(tok:is_cancelled(), true, "the scope's token was cancelled (TIMEOUT-3)")
local okc, ec = pcall(child.join, child)
tap.ok(not okc and tap.is_cancel(ec), "the child was cancelled (TIMEOUT-3)")
tap.is(flag, nil, "in the main chunk the body is not a task: current() is nil (TIMEOUT-11)")
