--[[---
clause: HOSTWAIT-3
description: a fiber spawned into a scope already cancelled raises at its first host wait without waiting for the host's event
features: [host-waits]
flags: []
---]]
local tap = require "tap"
if not tap.needs("host-waits") then return end
local task, H = std.task, std.testhost

tap.plan(4)

local ok, e, elapsed
local before = H.cancels()
task.scope(function(s)
  s:cancel()
  local h
  h = s:spawn(function()
    ok, e = pcall(H.after, tap.ms(200), "late")
    elapsed = h:elapsed()
  end)
end)
tap.ok(not ok and tap.is_cancel(e), "the host wait raised the cancellation error (HOSTWAIT-3)")
tap.cmp_ok(elapsed, "<", tap.ms(150), "without waiting for the host's 200 ms event (HOSTWAIT-3)")
tap.is(H.cancels() - before, 1, "the host let go of the wait, once (HOSTWAIT-3, HOSTWAIT-7)")
tap.is(H.pending(), 0, "no host wait pending (HOSTWAIT-7)")
