--[[---
clause: CHECKPOINT-2, CANCEL-1, CANCEL-3
description: checkpoint raises the cancellation error when the effective token is cancelled, without switching
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local ran = false
task.scope(function(outer)
  task.scope(function(inner)
    inner:cancel()
    outer:spawn(function() ran = true end)
    local ok, e = pcall(task.checkpoint)
    tap.is(ok, false, "checkpoint raised in a cancelled scope (CHECKPOINT-2)")
    tap.ok(tap.is_cancel(e), "with the cancellation error (CHECKPOINT-2)")
    tap.is(ran, false, "checkpoint raised without letting a ready task run (CHECKPOINT-1)")
  end)
end)

local child
task.scope(function(s)
  child = s:spawn(function()
    local n = 0
    while true do
      local ok, e = pcall(task.checkpoint)
      if not ok then return n, e end
      n = n + 1
      pcall(task.sleep, tap.ms(5))
    end
  end)
  task.sleep(tap.ms(30))
  s:cancel()
end)
local n, e = child:join()
tap.ok(n >= 1, "checkpoint returned normally before the cancel (CHECKPOINT-2)")
tap.ok(tap.is_cancel(e), "a polling loop saw the cancellation at checkpoint (CHECKPOINT-2)")
tap.lives(function() task.checkpoint() end,
          "after the cancelled scope returned, checkpoint is quiet again (CANCEL-8)")
