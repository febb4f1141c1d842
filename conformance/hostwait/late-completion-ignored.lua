--[[---
clause: HOSTWAIT-6
description: real time - a completion the host makes after the wait ended (by an abort) is refused - the fiber stays aborted and never resumes
features: [host-waits]
flags: [real-time]
---]]
local tap = require "tap"
if not tap.needs("host-waits") then return end
local task, H = std.task, std.testhost

tap.plan(5)

local resumed = false
local refused = H.refused()
local h = task.spawn(function() H.late(tap.ms(30), "too late"); resumed = true end)
while H.pending() == 0 do task.yield() end
h:abort()
tap.is(H.pending(), 0, "the wait ended with the abort (HOSTWAIT-5)")
task.sleep(tap.ms(80))
tap.is(H.refused() - refused, 1, "the host's late completion came, and was refused (HOSTWAIT-6)")
tap.ok(not resumed, "the fiber did not resume (HOSTWAIT-6)")
tap.raises(function() h:join() end, "task aborted", "its outcome is still the abort (HOSTWAIT-6)")
tap.is(H.pending(), 0, "no host wait pending (HOSTWAIT-7)")
