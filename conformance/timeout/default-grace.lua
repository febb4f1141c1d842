--[[---
clause: TIMEOUT-4, TIMEOUT-5, HOST-4, TIMEOUT-22
description: without grace_ms the host default grace (1000 ms) applies before the hard abort
features: []
flags: [real-time, slow]
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

-- The default grace is the host's, in real milliseconds: not scaled.
local w = task.spawn(function()
  return pcall(task.with_timeout, tap.ms(20), function()
    while true do pcall(task.sleep, tap.ms(1)) end
  end)
end)
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout raised \"timed out\" (TIMEOUT-2)")
tap.cmp_ok(w:elapsed(), ">=", tap.ms(20) + 1000, "the default grace of 1000 ms was waited out (TIMEOUT-4, HOST-4)")
tap.cmp_ok(w:elapsed(), "<=", tap.ms(20) + 1000 + tap.late,
           "then the body was aborted, at deadline + 1000 ms (TIMEOUT-5, TIMEOUT-22)")
