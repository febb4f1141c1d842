--[[---
clause: HOSTWAIT-4, CANCEL-2
description: a cancel of an enclosing scope reaches a fiber waiting on a host wait in a nested scope - the wait ends at once and the call raises the cancellation error
features: [host-waits]
flags: []
---]]
local tap = require "tap"
if not tap.needs("host-waits") then return end
local task, H = std.task, std.testhost

tap.plan(4)

local ok, e
local before = H.cancels()
task.scope(function(outer)
  outer:spawn(function()
    task.scope(function(inner)
      inner:spawn(function() ok, e = pcall(H.never) end)
    end)
  end)
  while H.pending() == 0 do task.yield() end
  outer:cancel()
  tap.is(H.cancels() - before, 1, "the host let go of the wait before cancel() returned (HOSTWAIT-4)")
end)
tap.ok(not ok and tap.is_cancel(e), "the nested fiber's host wait raised the cancellation error (HOSTWAIT-4, CANCEL-2)")
tap.is(H.cancels() - before, 1, "exactly once (HOSTWAIT-7)")
tap.is(H.pending(), 0, "no host wait pending (HOSTWAIT-7)")
