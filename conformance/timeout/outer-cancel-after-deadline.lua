--[[---
clause: TIMEOUT-9
description: the caller's token cancelled after the deadline fired but before with_timeout returned - it propagates "task cancelled", not a timeout
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

-- The body sleeps past its deadline, so the deadline fires first (stage 1);
-- in the grace period it keeps the scope open until a task of the enclosing
-- scope, due at the same moment, has cancelled that scope (the caller's own
-- token). Deadline fired, then the caller cancelled: TIMEOUT-9 decides.
local woke_by_deadline, outer_cancelled = false, false
local ok, e
task.scope(function(s)
  ok, e = pcall(task.with_timeout, tap.ms(50), function()
    s:spawn(function()
      task.sleep(tap.ms(50))
      outer_cancelled = true
      s:cancel()
    end)
    local slept = pcall(task.sleep, tap.ms(5000))
    woke_by_deadline = not slept and not outer_cancelled
    while not outer_cancelled do pcall(task.yield) end
    return "body done"
  end, { grace_ms = tap.ms(5000) })
end)
tap.ok(woke_by_deadline, "the deadline fired first: the body woke with the cancellation (TIMEOUT-3)")
tap.ok(outer_cancelled, "then the enclosing scope was cancelled, before with_timeout returned")
tap.is(ok, false, "with_timeout raised (TIMEOUT-9)")
tap.ok(tap.is_cancel(e), "with the cancellation error (TIMEOUT-9)")
tap.unlike(e, "timed out", "not the timeout: the caller's cancel wins, after the deadline too (TIMEOUT-9)")
