--[[---
clause: HOSTWAIT-5, HOSTWAIT-7, ABORT-10
description: Handle:abort of a fiber in a host wait ends the wait before abort returns - the host lets go once, the fiber never resumes, its <close> handlers run once
features: [host-waits]
flags: []
---]]
local tap = require "tap"
if not tap.needs("host-waits") then return end
local task, H = std.task, std.testhost

tap.plan(6)

local closed, resumed = 0, false
local before = H.cancels()
local h = task.spawn(function()
  local _c <close> = setmetatable({}, { __close = function() closed = closed + 1 end })
  H.never()
  resumed = true
end)
while H.pending() == 0 do task.yield() end
h:abort()
tap.is(H.cancels() - before, 1, "the host let go of the wait before abort() returned (HOSTWAIT-5)")
tap.is(closed, 1, "its <close> handler ran, once, before abort() returned (HOSTWAIT-5, ABORT-10)")
tap.is(H.pending(), 0, "no host wait pending (HOSTWAIT-7)")
task.sleep(tap.ms(10))
tap.ok(not resumed, "the fiber never resumed (HOSTWAIT-5)")
tap.raises(function() h:join() end, "task aborted", "join reports the abort (HOSTWAIT-5)")
tap.is(H.cancels() - before, 1, "exactly once (HOSTWAIT-7)")
