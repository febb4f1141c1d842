--[[---
clause: DRIVER-17, DRIVER-18
description: optional nested-suspend - suspensions inside a user coroutine are checkpoints, and scope runs its body there while coroutine.yield still reaches the resumer
features: [nested-suspend]
flags: []
---]]
local tap = require "tap"
local task = std.task

if not tap.needs("nested-suspend") then return end
tap.plan(3)

local r = {}
task.scope(function(s)
  s:spawn(function()
    local co = coroutine.wrap(function()
      local v = task.scope(function(inner)
        inner:spawn(function() task.sleep(tap.ms(5)) end)
        coroutine.yield("from inside the scope")
        return "scope body ran"
      end)
      return v
    end)
    r.first = co()
    r.second = co()
  end)
  s:spawn(function()
    local co = coroutine.wrap(function() return pcall(task.sleep, tap.ms(10000)) end)
    local ok, e = co()
    r.cancel = (not ok) and tap.is_cancel(e)
  end)
  task.sleep(tap.ms(20))
  s:cancel()
end)
tap.is(r.first, "from inside the scope", "coroutine.yield inside the scope body went to the resumer (DRIVER-18)")
tap.is(r.second, "scope body ran", "the scope ran its body and drained (DRIVER-18)")
tap.is(r.cancel, true, "a sleep inside the coroutine raised the cancellation there (DRIVER-17)")
