--[[---
clause: TOKEN-1, TOKEN-4
description: a task polling a standalone token with check stops at the first check after another task cancels it
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local tok = task.cancel_token()
local rounds = 0
local worker = task.spawn(function()
  while true do
    tok:check()
    rounds = rounds + 1
    task.sleep(tap.ms(2))
  end
end)
task.sleep(tap.ms(20))
tok:cancel()
local at_cancel = rounds
local ok, e = pcall(worker.join, worker)
tap.is(ok, false, "the worker stopped (TOKEN-4)")
tap.ok(tap.is_cancel(e), "with the cancellation error raised by check (TOKEN-4)")
tap.cmp_ok(rounds, "<=", at_cancel + 1, "at its first check after the cancel (TOKEN-4)")
tap.cmp_ok(rounds, ">=", 1, "after running several rounds (TOKEN-1)")
