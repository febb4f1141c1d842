--[[---
clause: SCOPE-4, SCOPE-3
description: after the body raised, a child that ignores the cancellation keeps running until it returns; scope waits
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local steps = 0
local child
local ok, e = pcall(task.scope, function(s)
  child = s:spawn(function()
    for _ = 1, 20 do
      pcall(task.yield)        -- swallows the cancellation every time
      steps = steps + 1
    end
    return "child finished"
  end)
  task.yield()
  error({ "body error" })
end)
tap.is(ok, false, "scope raised (SCOPE-3)")
tap.is(type(e) == "table" and e[1], "body error", "the body's error (SCOPE-3)")
tap.is(steps, 20, "the uncooperative child ran all 20 steps before scope returned (SCOPE-4)")
tap.is(child:join(), "child finished", "it returned normally: it was not hard-aborted (SCOPE-4)")
