--[[---
clause: CANCEL-3
description: a cancellation swallowed a thousand times is still raised by the next checkpoint
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local h
task.scope(function(s)
  h = s:spawn(function()
    local raised = 0
    for _ = 1, 1000 do
      if not pcall(task.checkpoint) then raised = raised + 1 end
    end
    local yraised = 0
    for _ = 1, 100 do
      if not pcall(task.yield) then yraised = yraised + 1 end
    end
    task.sleep(tap.ms(10))   -- not caught: ends the task
    return "unreached"
  end)
  s:cancel()
end)
local ok, e = pcall(h.join, h)
tap.is(ok, false, "the task did not reach its return (CANCEL-3)")
tap.ok(tap.is_cancel(e), "it ended with the cancellation error at the sleep after 1100 swallowed ones (CANCEL-3)")

local c
task.scope(function(s)
  c = s:spawn(function()
    local a, b = 0, 0
    for _ = 1, 1000 do if not pcall(task.checkpoint) then a = a + 1 end end
    for _ = 1, 100 do if not pcall(task.yield) then b = b + 1 end end
    return { a, b }
  end)
  s:cancel()
end)
local counts = select(2, pcall(c.join, c))
tap.is(type(counts), "table", "a task that swallows every cancellation returns normally (CANCEL-3)")
tap.is(counts and counts[1], 1000, "all 1000 checkpoints raised (CANCEL-3)")
tap.is(counts and counts[2], 100, "all 100 yields raised (CANCEL-3)")
