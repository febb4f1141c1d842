--[[---
clause: TIMEOUT-2, TOKEN-7
description: a timeout inside a child leaves the enclosing scope, its body and its other children uncancelled
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local res
local sib
task.scope(function(s)
  s:spawn(function()
    res = table.pack(pcall(task.with_timeout, tap.ms(10), function() task.sleep(tap.ms(10000)) end))
  end)
  sib = s:spawn(function() task.sleep(tap.ms(50)); return task.current().cancelled end)
  task.sleep(tap.ms(30))
  tap.is(s:token():is_cancelled(), false, "the enclosing scope's token is live (TOKEN-7)")
end)
tap.is(res[1], false, "the child's with_timeout raised (TIMEOUT-2)")
tap.like(res[2], "timed out", "the timeout (TIMEOUT-2)")
tap.is(sib:join(), false, "the sibling was never cancelled (TOKEN-7)")
