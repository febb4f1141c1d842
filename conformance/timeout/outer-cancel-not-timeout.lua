--[[---
clause: TIMEOUT-9
description: when the caller's own token is cancelled, with_timeout propagates "task cancelled", not a timeout
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local ok, e
local w = task.spawn(function()
  task.scope(function(s)
    s:spawn(function() task.sleep(tap.ms(30)); s:cancel() end)
    ok, e = pcall(task.with_timeout, tap.ms(5000), function() task.sleep(tap.ms(10000)) end)
  end)
end)
w:join()
tap.is(ok, false, "with_timeout raised (TIMEOUT-9)")
tap.ok(tap.is_cancel(e), "with the cancellation error (TIMEOUT-9)")
tap.unlike(e, "timed out", "not a timeout (TIMEOUT-9)")
tap.cmp_ok(w:elapsed(), "<", tap.ms(4000), "at the cancel, long before the deadline (TIMEOUT-9)")

local child_ok, child_e
task.scope(function(s)
  s:spawn(function()
    child_ok, child_e = pcall(task.with_timeout, tap.ms(5000), function()
      task.sleep(tap.ms(10000))
    end, { grace_ms = tap.ms(5000) })
  end)
  task.sleep(tap.ms(20))
  s:cancel()
end)
tap.ok(not child_ok and tap.is_cancel(child_e) and not tostring(child_e):find("timed out", 1, true),
       "a task cancelled while inside with_timeout sees the cancellation, not a timeout (TIMEOUT-9)")
