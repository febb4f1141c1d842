--[[---
clause: TIMEOUT-1
description: with_timeout in time returns every value of the body, nils and count included
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local r = table.pack(task.with_timeout(tap.ms(5000), function() return nil, false, nil end))
tap.is(r.n, 3, "three values, trailing nil kept (TIMEOUT-1)")
tap.ok(r[1] == nil and r[2] == false and r[3] == nil, "in order (TIMEOUT-1)")
local big = {}
for i = 1, 200 do big[i] = i end
local r2 = table.pack(task.with_timeout(tap.ms(5000), function() task.yield(); return table.unpack(big) end))
tap.is(r2.n, 200, "200 values (TIMEOUT-1)")
local r3 = table.pack(task.with_timeout(tap.ms(5000), function() end))
tap.is(r3.n, 0, "no values (TIMEOUT-1)")
