--[[---
clause: HOSTWAIT-3, CANCEL-5
description: level-triggered - a fiber that swallowed its cancellation and starts a host wait raises again at once, and the host lets go of that wait
features: [host-waits]
flags: []
---]]
local tap = require "tap"
if not tap.needs("host-waits") then return end
local task, H = std.task, std.testhost

tap.plan(5)

local first, second, got
local before = H.cancels()
task.scope(function(s)
  s:spawn(function()
    first = select(2, pcall(task.checkpoint))  -- swallowed
    local ok, e = pcall(H.after, tap.ms(5), "never returned")
    second, got = e, ok
  end)
  s:cancel()
end)
tap.ok(tap.is_cancel(first), "the first checkpoint raised the cancellation (CANCEL-4)")
tap.is(got, false, "the host wait started afterwards raised too (HOSTWAIT-3, CANCEL-5)")
tap.ok(tap.is_cancel(second), "with the cancellation error, not the host's values (HOSTWAIT-3)")
tap.is(H.cancels() - before, 1, "the host let go of that wait, once (HOSTWAIT-3, HOSTWAIT-7)")
tap.is(H.pending(), 0, "no host wait pending (HOSTWAIT-7)")
