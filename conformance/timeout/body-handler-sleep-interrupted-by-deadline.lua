--[[---
clause: CLOSE-10, CLOSE-13, TIMEOUT-7, TIMEOUT-11
description: a with_timeout body's <close> handler sleeping on the body's error unwind is task code - the deadline wakes it with "task cancelled", and with_timeout re-raises the body's own error
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local D = tap.ms(50)
local seen, w
w = task.spawn(function()
  return pcall(task.with_timeout, D, function()
    local _ <close> = setmetatable({}, { __close = function(_, err)
      seen = table.pack(err, pcall(task.sleep, tap.ms(60000)))
      seen.at = w:elapsed()
    end })
    error("body failed", 0)
  end, { grace_ms = tap.ms(60000) })
end)
tap.is_deeply({ w:join() }, { false, "body failed" }, "with_timeout re-raised the body's error (TIMEOUT-7)")
tap.is_deeply({ seen[1], seen[2], seen[3] }, { "body failed", false, "task cancelled" },
              "the handler slept until the deadline's cancellation woke it (CLOSE-10, CLOSE-13)")
tap.at(seen.at, D, "it was woken at the deadline (CLOSE-13)")
tap.at(w:elapsed(), D, "with_timeout raised then (TIMEOUT-22)")
