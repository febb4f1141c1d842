--[[---
clause: HOSTWAIT-8
description: a fiber woken by the host's completion runs after the fibers already ready, not before them
features: [host-waits]
flags: []
---]]
local tap = require "tap"
if not tap.needs("host-waits") then return end
local task, H = std.task, std.testhost

tap.plan(2)

-- a keeps itself ready (log, yield) and marks each turn it sees the host's
-- completion done (pending() back to 0).  The completion comes between two
-- passes of the run queue, a being ready: w, joining the back of the
-- queue, runs after a's next turn, which is the first to see it done.
local log = tap.log()
local done = false
local w = task.spawn(function() H.after(tap.ms(5)); log("w"); done = true end)
local a = task.spawn(function()
  while not done do
    log(H.pending() == 0 and "a-done" or "a")
    task.yield()
  end
end)
w:join(); a:join()
local s = log:str()
tap.ok(s:find("a%-done,w$") ~= nil,
       "a's first turn after the completion came before w's (HOSTWAIT-8): ..." .. s:sub(-30))
tap.ok(s:find("a-done,a-done", 1, true) == nil, "and only that turn: w ran right after it (HOSTWAIT-8)")
