--[[---
clause: HOSTWAIT-9, HOSTWAIT-8
description: a host wait completed before its fiber resumes returns its values even if the fiber is cancelled meanwhile; the cancellation comes at the next checkpoint
features: [host-waits]
flags: []
---]]
local tap = require "tap"
if not tap.needs("host-waits") then return end
local task, H = std.task, std.testhost

tap.plan(4)

-- w waits on the host; the main chunk spins (yielding) until the wait
-- has been completed (pending() drops to 0: w is woken and queued behind
-- the main chunk), then cancels w's scope before w runs again.
local got, after
task.scope(function(s)
  s:spawn(function()
    got = table.pack(H.after(tap.ms(5), "data", 42))
    after = select(2, pcall(task.checkpoint))
  end)
  while H.pending() == 0 do task.yield() end
  while H.pending() == 1 do task.yield() end
  s:cancel()
end)
tap.is(got and got.n, 2,
       "the completed wait returned its values although the fiber was cancelled before it resumed (HOSTWAIT-9)")
tap.is_deeply(got and { got[1], got[2] }, { "data", 42 }, "the host's values (HOSTWAIT-9)")
tap.ok(tap.is_cancel(after), "the cancellation came at the fiber's next checkpoint (HOSTWAIT-9)")
tap.is(H.pending(), 0, "no host wait pending (HOSTWAIT-7)")
