--[[---
clause: SCOPE-3, SCOPE-2
description: when the body raises, scope cancels its children, waits for their cleanup, then re-raises
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
local child
local ok, e = pcall(task.scope, function(s)
  child = s:spawn(function()
    local ok2, e2 = pcall(task.sleep, tap.ms(10000))
    log(((not ok2) and tap.is_cancel(e2)) and "child cancelled" or "child woke")
    for i = 1, 3 do
      pcall(task.yield)
      log("cleanup" .. i)
    end
    return "child finished"
  end)
  task.yield() -- the child starts sleeping
  error("body failed", 0)
end)
log("scope raised")
tap.is(ok, false, "scope raised (SCOPE-3)")
tap.is(e, "body failed", "the body's error (SCOPE-3)")
log:is({ "child cancelled", "cleanup1", "cleanup2", "cleanup3", "scope raised" },
       "the child was cancelled and its cleanup completed before scope raised (SCOPE-3)")
tap.ok(child:is_finished(), "the child was finished when scope raised (SCOPE-2)")
tap.is(child:join(), "child finished", "and it ended normally, not aborted (SCOPE-4)")
