--[[---
clause: HOSTWAIT-2
description: a host wait completed with values returns exactly them, count and nils preserved
features: [host-waits]
flags: []
---]]
local tap = require "tap"
if not tap.needs("host-waits") then return end
local H = std.testhost

tap.plan(4)

local r = table.pack(H.after(tap.ms(5), "a", nil, 3, nil))
tap.is(r.n, 4, "four values, the trailing nil counted (HOSTWAIT-2)")
tap.is_deeply({ r[1], r[2], r[3], r[4] }, { "a", nil, 3, nil },
              "the values the host completed the wait with, in order (HOSTWAIT-2)")
tap.is(select("#", H.after(tap.ms(1))), 0, "no values: the call returns none (HOSTWAIT-2)")
local t = {}
tap.ok(rawequal(H.after(tap.ms(1), t), t), "a table comes back as the same table (HOSTWAIT-2)")
