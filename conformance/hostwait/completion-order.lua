--[[---
clause: HOSTWAIT-8
description: fibers woken by host completions in one turn of the loop resume in the order of the completions
features: [host-waits]
flags: []
---]]
local tap = require "tap"
if not tap.needs("host-waits") then return end
local task, H = std.task, std.testhost

tap.plan(1)

-- Three waits for the same delay, started in order: the host's timers
-- complete them in that order, in one turn; each woken fiber joins the back
-- of the run queue, so they resume in that order too.
local log = tap.log()
local hs = {}
for _, name in ipairs { "a", "b", "c" } do
  hs[#hs + 1] = task.spawn(function() H.after(tap.ms(10)); log(name) end)
end
for _, h in ipairs(hs) do h:join() end
tap.is(log:str(), "a,b,c", "woken in the order the host completed their waits (HOSTWAIT-8)")
