--[[---
clause: CLOSE-11, CLOSE-12, CLOSE-2
description: a <close> handler run because the cancellation error ended the task's function cannot suspend - sleep raises at once - and checkpoint raises "task cancelled"
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local C = tap.ms(20)
local seen = {}
local h
task.scope(function(s)
  h = s:spawn(function()
    local _ <close> = setmetatable({}, { __close = function(_, err)
      seen.err = err
      seen.sleep = table.pack(pcall(task.sleep, tap.ms(50)))
      seen.checkpoint = table.pack(pcall(task.checkpoint))
    end })
    task.sleep(tap.ms(60000))
  end)
  task.sleep(C)
  s:cancel()
end)
local ok, e = pcall(h.join, h)
tap.is_deeply({ ok, e }, { false, "task cancelled" }, "the task ended on the cancellation error (CLOSE-11)")
tap.is(seen.err, "task cancelled", "its handler saw the cancellation error (CLOSE-2)")
tap.is(seen.sleep[1], false, "sleep in the handler raised at once (CLOSE-11)")
tap.is_deeply({ seen.checkpoint[1], seen.checkpoint[2] }, { false, "task cancelled" },
              "checkpoint in the handler raised \"task cancelled\" (CLOSE-12)")
tap.at(h:elapsed(), C, "the task ended at the cancel: the handler's sleep did not suspend (CLOSE-11)")
