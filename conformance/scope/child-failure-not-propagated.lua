--[[---
clause: SCOPE-7
description: a child's failure neither cancels the scope nor propagates through it; join delivers it
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local bad, good, live_after
local r = table.pack(pcall(task.scope, function(s)
  bad = s:spawn(function() error("child failed", 0) end)
  good = s:spawn(function() task.sleep(tap.ms(30)); return "sibling finished" end)
  task.sleep(tap.ms(10))
  live_after = not s:token():is_cancelled()
  task.sleep(tap.ms(10))
  return "body result"
end))
tap.is(r[1], true, "scope did not raise for a failed child (SCOPE-7)")
tap.is(r[2], "body result", "it returned the body's result (SCOPE-7)")
tap.is(live_after, true, "the failure did not cancel the scope's token (SCOPE-7)")
tap.is(good:join(), "sibling finished", "the sibling ran to completion (SCOPE-7)")
local ok, e = pcall(bad.join, bad)
tap.ok(not ok and e == "child failed", "join delivered the child's error (SCOPE-7, JOIN-2)")
