--[[---
clause: HOSTWAIT-4, TIMEOUT-3
description: with_timeout's deadline ends a host wait in the body at the deadline - the host lets go once, with_timeout reports the timeout then
features: [host-waits]
flags: []
---]]
local tap = require "tap"
if not tap.needs("host-waits") then return end
local task, H = std.task, std.testhost

tap.plan(5)

local D = tap.ms(40)
local before = H.cancels()
local err, raised
local w
w = task.spawn(function()
  local ok, e = pcall(task.with_timeout, D, function()
    local ok2, e2 = pcall(H.never)
    raised = not ok2 and tap.is_cancel(e2)
    return "unreached"
  end, { grace_ms = tap.ms(500) })
  err = not ok and e
  return w:elapsed()
end)
local at = w:join()
tap.like(tostring(err), "timed out", "with_timeout raised its timeout (TIMEOUT-3)")
tap.ok(raised, "the host wait raised the cancellation error at the deadline (HOSTWAIT-4)")
tap.at(at, D, "at the deadline: the body's end ended the grace at once (HOSTWAIT-4, TIMEOUT-3)")
tap.is(H.cancels() - before, 1, "the host let go of its wait, once (HOSTWAIT-4, HOSTWAIT-7)")
tap.is(H.pending(), 0, "no host wait pending (HOSTWAIT-7)")
