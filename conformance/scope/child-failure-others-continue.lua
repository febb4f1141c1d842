--[[---
clause: SCOPE-7
description: when one child fails, its siblings and the body keep running and the scope returns the body's results
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
local bad, good
local r = task.scope(function(s)
  bad = s:spawn(function() error("child failed", 0) end)
  good = s:spawn(function()
    task.sleep(tap.ms(20))
    log("sibling finished")
    return task.current().cancelled
  end)
  task.sleep(tap.ms(10))
  log("body still running")
  return "body result", s:token():is_cancelled()
end)
tap.is(r, "body result", "scope returned the body's result (SCOPE-7)")
log:is({ "body still running", "sibling finished" }, "body and sibling ran on after the failure (SCOPE-7)")
tap.is(good:join(), false, "the sibling was not cancelled (SCOPE-7)")
local ok, e = pcall(bad.join, bad)
tap.ok(not ok and e == "child failed", "join delivers the failure (SCOPE-7)")
local _, cancelled = task.scope(function(s)
  s:spawn(function() error("x", 0) end)
  task.sleep(tap.ms(5))
  return nil, s:token():is_cancelled()
end)
tap.is(cancelled, false, "a child's failure does not cancel the scope's token (SCOPE-7)")
