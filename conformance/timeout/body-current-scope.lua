--[[---
clause: TIMEOUT-20
description: the with_timeout scope is the caller's current scope while the body runs - std.task.spawn attaches to it; its name is nil
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local child, name
local ok, e = pcall(task.with_timeout, tap.ms(20), function(s)
  name = s.name
  child = task.spawn(function() task.sleep(tap.ms(10000)) end)
  task.sleep(tap.ms(10000))
end)
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout timed out (TIMEOUT-2)")
local okc, ec = pcall(child.join, child)
tap.ok(not okc and tap.is_cancel(ec), "the child spawned with std.task.spawn got the deadline's cancel (TIMEOUT-20)")
tap.ok(child:is_finished(), "and was drained by with_timeout (TIMEOUT-20)")
tap.is(name, nil, "the with_timeout scope's name is nil (TIMEOUT-20)")
