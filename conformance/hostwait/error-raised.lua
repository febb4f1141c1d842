--[[---
clause: HOSTWAIT-2
description: a host wait completed with an error raises that very value, unchanged
features: [host-waits]
flags: []
---]]
local tap = require "tap"
if not tap.needs("host-waits") then return end
local H = std.testhost

tap.plan(4)

local e = { code = 7 }
local ok, got = pcall(H.fail_after, tap.ms(5), e)
tap.ok(not ok, "the call raised (HOSTWAIT-2)")
tap.ok(rawequal(got, e), "the error value is the host's table itself (HOSTWAIT-2)")
ok, got = pcall(H.fail_after, tap.ms(1), "read: connection reset")
tap.is(got, "read: connection reset", "a string error, with no position prefix added (HOSTWAIT-2)")
tap.is(H.pending(), 0, "no host wait left pending (HOSTWAIT-7)")
