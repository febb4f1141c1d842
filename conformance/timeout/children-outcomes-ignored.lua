--[[---
clause: TIMEOUT-21
description: children that fail, are cancelled or are aborted do not change with_timeout's outcome
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local r = table.pack(pcall(task.with_timeout, tap.ms(5000), function(s)
  s:spawn(function() error({ "child failure" }) end)
  local a = s:spawn(function() task.sleep(tap.ms(10000)) end)
  task.yield()
  a:abort()
  s:spawn(function()
    task.scope(function(x) x:cancel(); task.checkpoint() end)
    task.scope(function(y) y:cancel() end)
    error("task cancelled", 0)
  end)
  task.sleep(tap.ms(5))
  return "body"
end))
tap.is(r[1], true, "with_timeout did not raise (TIMEOUT-21)")
tap.is(r[2], "body", "it returned the body's result (TIMEOUT-21)")
local ok, e = pcall(task.with_timeout, tap.ms(10), function(s)
  s:spawn(function() error("child failed", 0) end)
  task.sleep(tap.ms(10000))
end)
tap.ok(not ok and tostring(e):find("timed out", 1, true),
       "with a failed child, a deadline still reports the timeout (TIMEOUT-21)")
