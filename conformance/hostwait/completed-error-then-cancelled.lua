--[[---
clause: HOSTWAIT-9, HOSTWAIT-2
description: a host wait completed with an error before its fiber resumes raises that error even if the fiber is cancelled meanwhile, not the cancellation
features: [host-waits]
flags: []
---]]
local tap = require "tap"
if not tap.needs("host-waits") then return end
local task, H = std.task, std.testhost

tap.plan(3)

local e0 = { reason = "reset" }
local got, after
task.scope(function(s)
  s:spawn(function()
    got = select(2, pcall(H.fail_after, tap.ms(5), e0))
    after = select(2, pcall(task.checkpoint))
  end)
  while H.pending() == 0 do task.yield() end
  while H.pending() == 1 do task.yield() end  -- completed, not resumed yet
  s:cancel()
end)
tap.ok(rawequal(got, e0), "the host's error came out, not the cancellation (HOSTWAIT-9, HOSTWAIT-2)")
tap.ok(tap.is_cancel(after), "the cancellation came at the next checkpoint (HOSTWAIT-9)")
tap.is(H.pending(), 0, "no host wait pending (HOSTWAIT-7)")
