--[[---
clause: TIMEOUT-1, SCOPE-7
description: a child failing inside with_timeout does not make it fail - it returns the body's results in time
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local bad
local r = table.pack(pcall(task.with_timeout, tap.ms(5000), function(s)
  bad = s:spawn(function() error("child failed", 0) end)
  task.sleep(tap.ms(5))
  return "body result"
end))
tap.is(r[1], true, "with_timeout did not raise (SCOPE-7)")
tap.is(r[2], "body result", "it returned the body's result (TIMEOUT-1)")
local ok, e = pcall(bad.join, bad)
tap.ok(not ok and e == "child failed", "join delivers the child's failure (SCOPE-7)")
