--[[---
clause: ABORT-7, SCOPE-7
description: aborting a child neither cancels its scope nor makes the scope raise
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local h
local r = table.pack(pcall(task.scope, function(s)
  h = s:spawn(function() task.sleep(tap.ms(10000)) end)
  task.yield()
  h:abort()
  task.sleep(tap.ms(10))
  return s:token():is_cancelled(), "body done"
end))
tap.is(r[1], true, "the scope did not raise (ABORT-7)")
tap.is(r[2], false, "its token was not cancelled (ABORT-7)")
tap.is(r[3], "body done", "the body ran on and returned (ABORT-7)")
