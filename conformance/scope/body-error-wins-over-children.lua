--[[---
clause: SCOPE-3, SCOPE-7
description: when the body raises and children fail during the drain, scope re-raises the body's error
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local hs = {}
local ok, e = pcall(task.scope, function(s)
  hs[1] = s:spawn(function()
    pcall(task.sleep, tap.ms(10000))
    error("child cleanup failed", 0)
  end)
  hs[2] = s:spawn(function() task.sleep(tap.ms(10000)) end)
  task.yield()
  error("the body's error", 0)
end)
tap.is(ok, false, "scope raised (SCOPE-3)")
tap.is(e, "the body's error", "the body's error, not a child's (SCOPE-3, SCOPE-7)")
local ok1, e1 = pcall(hs[1].join, hs[1])
tap.ok(not ok1 and e1 == "child cleanup failed", "the child's own error is delivered by its join (SCOPE-7)")
local ok2, e2 = pcall(hs[2].join, hs[2])
tap.ok(not ok2 and tap.is_cancel(e2), "the other child ended cancelled (SCOPE-3)")
