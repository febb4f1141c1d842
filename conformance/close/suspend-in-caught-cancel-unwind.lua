--[[---
clause: CLOSE-10, CLOSE-12, CANCEL-9, CANCEL-3
description: a <close> handler run while a pcall inside a cancelled task catches the cancellation is task code - its sleep is a checkpoint that raises "task cancelled" after a schedule point, and the task goes on
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
local seen = {}
local h
task.scope(function(s)
  h = s:spawn(function()
    local okp, ep = pcall(function()
      local _ <close> = setmetatable({}, { __close = function()
        log("handler sleeps")
        seen.sleep = table.pack(pcall(task.sleep, tap.ms(50)))
        log("handler resumed")
        seen.checkpoint = table.pack(pcall(task.checkpoint))
      end })
      task.sleep(tap.ms(60000))
    end)
    return okp, ep
  end)
  task.sleep(tap.ms(20))
  s:cancel()
  -- ready when the handler first suspends: it runs in the handler's
  -- schedule point (CANCEL-9)
  s:spawn(function() log("other task") end)
end)
tap.is_deeply({ h:join() }, { false, "task cancelled" },
              "the pcall in the task caught the cancellation; the task went on and returned")
tap.is_deeply({ seen.sleep[1], seen.sleep[2] }, { false, "task cancelled" },
              "the handler's sleep raised \"task cancelled\" (CLOSE-10, CANCEL-3)")
log:is({ "handler sleeps", "other task", "handler resumed" },
       "the sleep passed through the scheduler before raising: another ready task ran (CLOSE-10, CANCEL-9)")
tap.is_deeply({ seen.checkpoint[1], seen.checkpoint[2] }, { false, "task cancelled" },
              "checkpoint in the handler raised \"task cancelled\" (CLOSE-12)")
tap.at(h:elapsed(), tap.ms(20), "the task ended at the cancel, not after the handler's 50 ms sleep")
