--[[---
clause: ABORT-4
description: aborting a task hard-aborts the children of every scope open inside it, recursively
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(8)

local log = tap.log()
local closed = {}
local function closer(name)
  return setmetatable({}, { __close = function() closed[name] = (closed[name] or 0) + 1 end })
end
local c1, g
local t = task.spawn(function()
  local _ <close> = closer("T")
  task.scope(function(A)
    c1 = A:spawn(function()
      local _ <close> = closer("C1")
      task.scope(function(B)
        g = B:spawn(function()
          local _ <close> = closer("G")
          pcall(task.sleep, tap.ms(10000))
          log("G resumed")
        end)
        pcall(task.sleep, tap.ms(10000))
        log("C1 resumed")
      end)
    end)
    -- T's body returns: T now waits in A's drain
  end)
  log("T resumed")
end)
task.sleep(tap.ms(20))
t:abort()
task.sleep(tap.ms(30))
tap.is(log:len(), 0, "no aborted task ran again: not T, not its child, not its grandchild (ABORT-4)")
tap.ok(c1:is_finished() and g:is_finished(), "child and grandchild are finished (ABORT-4)")
local ok1, e1 = pcall(c1.join, c1)
tap.ok(not ok1 and tostring(e1):find("task aborted", 1, true),
       "the child was hard-aborted, not cancelled (ABORT-4)")
local ok2, e2 = pcall(g.join, g)
tap.ok(not ok2 and tostring(e2):find("task aborted", 1, true),
       "so was the grandchild in the child's own scope (ABORT-4)")
tap.is(closed.T, 1, "T's <close> variable was closed once (CLOSE-1)")
tap.is(closed.C1, 1, "the child's once (CLOSE-1)")
tap.is(closed.G, 1, "the grandchild's once (CLOSE-1)")
local okt, et = pcall(t.join, t)
tap.ok(not okt and tostring(et):find("task aborted", 1, true), "T itself reports the abort (ABORT-5)")
