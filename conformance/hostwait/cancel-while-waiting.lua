--[[---
clause: HOSTWAIT-4, HOSTWAIT-7, CANCEL-5
description: cancelling the token of a fiber in a host wait ends the wait at once - the host lets go once, the call raises the cancellation error, and a later checkpoint raises again
features: [host-waits]
flags: []
---]]
local tap = require "tap"
if not tap.needs("host-waits") then return end
local task, H = std.task, std.testhost

tap.plan(7)

local log = tap.log()
local ok, e, again
local before = H.cancels()
task.scope(function(s)
  s:spawn(function()
    ok, e = pcall(H.never)
    log("w-resumed")
    again = select(2, pcall(task.checkpoint))
  end)
  while H.pending() == 0 do task.yield() end
  tap.is(H.pending(), 1, "the fiber is in its host wait")
  s:cancel()
  tap.is(H.cancels() - before, 1,
         "the host let go of the wait when the cancel came, before cancel() returned (HOSTWAIT-4)")
  log("yield")
  pcall(task.yield)  -- a checkpoint too: the canceller is cancelled as well
  log("back")
end)
tap.ok(not ok and tap.is_cancel(e), "the host wait raised the cancellation error (HOSTWAIT-4)")
tap.is(log:str(), "yield,w-resumed,back", "the woken fiber ran within one yield of the canceller (HOSTWAIT-4)")
tap.ok(tap.is_cancel(again), "level-triggered: its next checkpoint raised again (CANCEL-5)")
tap.is(H.cancels() - before, 1, "exactly once (HOSTWAIT-7)")
tap.is(H.pending(), 0, "no host wait pending (HOSTWAIT-7)")
