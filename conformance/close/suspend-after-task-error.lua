--[[---
clause: CLOSE-11, CLOSE-12, CLOSE-2, CLOSE-8
description: a <close> handler run because the task's function raised cannot suspend - sleep, yield and join raise at once, and the task's error stands
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(7)

local seen = {}
local other = task.spawn(function() task.sleep(tap.ms(60000)) end)
local h = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function(_, err)
    seen.err = err
    seen.sleep = table.pack(pcall(task.sleep, tap.ms(50)))
    seen.yield = table.pack(pcall(task.yield))
    seen.join = table.pack(pcall(other.join, other))
    seen.checkpoint = table.pack(pcall(task.checkpoint))
  end })
  error("task failed", 0)
end)
local ok, e = pcall(h.join, h)
other:abort()
tap.is_deeply({ ok, e }, { false, "task failed" }, "join raises the task's own error (CLOSE-11)")
tap.is(seen.err, "task failed", "the handler saw the error (CLOSE-2)")
tap.is(seen.sleep[1], false, "sleep in the handler raised (CLOSE-11)")
tap.is(seen.yield[1], false, "yield in the handler raised (CLOSE-11)")
tap.is(seen.join[1], false, "a join that would wait raised (CLOSE-11)")
tap.cmp_ok(h:elapsed(), "<", tap.virtual() and 0.001 or tap.late,
           "nothing suspended: the task ended at once, not after the 50 ms sleep (CLOSE-11)")
tap.is_deeply(seen.checkpoint, { true, n = 1 },
              "checkpoint in the handler of a task that is not cancelled returns nothing (CLOSE-12)")
