--[[---
clause: TIMEOUT-9
description: the caller's token cancelled first, then the deadline fires while the body still holds the scope - "task cancelled", not a timeout
features: []
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

-- After the enclosing scope's cancel, the body swallows the cancellation
-- and stays busy (yielding, so timers run) until well past its deadline,
-- measured by a root task's sleep: real time must pass while tasks are
-- ready, hence the real-time flag.
local clock = task.spawn(function() task.sleep(tap.ms(150)) end)
local ok, e
task.scope(function(s)
  s:spawn(function() task.sleep(tap.ms(20)); s:cancel() end)
  ok, e = pcall(task.with_timeout, tap.ms(60), function()
    pcall(task.sleep, tap.ms(5000))
    while not clock:is_finished() do pcall(task.yield) end
    return "body done"
  end, { grace_ms = tap.ms(5000) })
end)
tap.ok(clock:is_finished(), "the body held the scope past its deadline")
tap.is(ok, false, "with_timeout raised (TIMEOUT-9)")
tap.ok(tap.is_cancel(e), "with the cancellation error (TIMEOUT-9)")
tap.unlike(e, "timed out", "not the timeout, though the deadline fired later (TIMEOUT-9)")
