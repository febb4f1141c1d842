--[[---
clause: SCOPE-4, SCOPE-5
description: after Scope:cancel, a child that swallows the cancellation completes and the scope waits for it
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local child
local r = table.pack(task.scope(function(s)
  child = s:spawn(function()
    pcall(task.sleep, tap.ms(10000))
    for i = 1, 5 do pcall(task.yield); log("step " .. i) end
    return "done anyway"
  end)
  task.yield()
  s:cancel()
  task.checkpoint()
end))
log("scope returned")
tap.is(r.n, 0, "the scope absorbed its own cancel (SCOPE-5)")
tap.is(log:items()[5], "step 5", "the child ran all its steps (SCOPE-4)")
tap.is(log:items()[6], "scope returned", "before scope returned (SCOPE-4)")
tap.is(child:join(), "done anyway", "the child returned normally (SCOPE-4)")
