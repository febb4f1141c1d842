--[[---
clause: HOSTWAIT-3, CANCEL-3
description: a host wait started by a fiber already cancelled raises the cancellation error at once, and the host lets go of it
features: [host-waits]
flags: []
---]]
local tap = require "tap"
if not tap.needs("host-waits") then return end
local task, H = std.task, std.testhost

tap.plan(5)

local before = H.cancels()
local ok, e, waited
task.scope(function(s)
  s:cancel()
  local h
  h = task.spawn(function() end)
  ok, e = pcall(H.never)
  waited = h:is_finished()
end)
tap.ok(not ok, "never() raised in a cancelled scope instead of waiting for ever (HOSTWAIT-3)")
tap.ok(tap.is_cancel(e), "with the cancellation error (HOSTWAIT-3, CANCEL-3)")
tap.is(H.cancels() - before, 1, "the host was told to let go of its wait, once (HOSTWAIT-3)")
tap.is(H.pending(), 0, "no host wait pending (HOSTWAIT-7)")
tap.ok(waited ~= nil, "the scope returned")
