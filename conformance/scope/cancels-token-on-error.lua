--[[---
clause: SCOPE-3
description: when the body raises, the scope's token is cancelled and children observe it
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local tok, child, seen
pcall(task.scope, function(s)
  tok = s:token()
  child = s:spawn(function()
    local ok, e = pcall(task.sleep, tap.ms(10000))
    seen = { ok = ok, cancel = tap.is_cancel(e), flag = task.current().cancelled }
  end)
  task.yield()
  tap.is(tok:is_cancelled(), false, "the token is live while the body runs (SCOPE-3)")
  error("boom", 0)
end)
tap.is(tok:is_cancelled(), true, "the body's error cancelled the scope's token (SCOPE-3)")
tap.is_deeply(seen, { ok = false, cancel = true, flag = true },
              "the sleeping child woke with the cancellation error (SCOPE-3)")
tap.ok(child:is_finished(), "the child had finished (SCOPE-2)")
