--[[---
clause: HOSTWAIT-1
description: a host wait suspends its fiber only - other fibers run while it waits, and it resumes after them
features: [host-waits]
flags: []
---]]
local tap = require "tap"
if not tap.needs("host-waits") then return end
local task, H = std.task, std.testhost

tap.plan(3)

local log = tap.log()
local w = task.spawn(function() log("w-start"); H.after(tap.ms(20)); log("w-end") end)
local o = task.spawn(function()
  log("o-start")
  for _ = 1, 3 do task.yield(); log("o") end
end)
o:join()
tap.is(H.pending(), 1, "the host wait is still pending after the other fiber finished (HOSTWAIT-1)")
w:join()
tap.is(log:str(), "w-start,o-start,o,o,o,w-end", "the other fiber ran to its end while w waited (HOSTWAIT-1)")
tap.is(H.pending(), 0, "the wait ended with the host's completion (HOSTWAIT-7)")
