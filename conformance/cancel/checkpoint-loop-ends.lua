--[[---
clause: CHECKPOINT-2, CANCEL-3
description: a hot loop guarded by checkpoint ends once cancelled, even if it swallows its yields' errors
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local iterations = 0
local h
task.scope(function(s)
  h = s:spawn(function()
    local ok, e = pcall(function()
      while true do
        task.checkpoint()
        iterations = iterations + 1
        if iterations % 100 == 0 then pcall(task.yield) end
      end
    end)
    return ok, e
  end)
  for _ = 1, 5 do task.yield() end
  s:cancel()
end)
local ok, e = h:join()
tap.is(ok, false, "the loop was ended by an error (CHECKPOINT-2)")
tap.ok(tap.is_cancel(e), "the cancellation error raised by checkpoint (CHECKPOINT-2)")
tap.cmp_ok(iterations, ">=", 100, "the loop ran before the cancel (CHECKPOINT-1)")
tap.is(iterations % 100, 0, "it stopped at the first checkpoint after the swallowed yield error (CANCEL-3)")
