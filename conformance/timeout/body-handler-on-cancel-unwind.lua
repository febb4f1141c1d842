--[[---
clause: CLOSE-10, TIMEOUT-11, TIMEOUT-12, CANCEL-9
description: on a with_timeout body's own cancellation unwind its <close> handler is task code, as in a scope body - its sleep raises exactly "task cancelled" after a schedule point
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local log = tap.log()
local seen
local r = table.pack(pcall(task.with_timeout, tap.ms(60000), function(s)
  local _ <close> = setmetatable({}, { __close = function()
    log("handler")
    seen = table.pack(pcall(task.sleep, tap.ms(50)))
    log("handler resumed")
  end })
  s:spawn(function() log("child") end)
  s:cancel()
  task.checkpoint()
end))
tap.is_deeply({ r[1], r.n }, { true, 1 }, "with_timeout absorbed its own cancellation (TIMEOUT-12)")
tap.is_deeply({ seen[1], seen[2] }, { false, "task cancelled" },
              "the handler's sleep raised exactly \"task cancelled\" (CLOSE-10, TIMEOUT-11)")
log:is({ "handler", "child", "handler resumed" },
       "it passed through the scheduler first: the ready child ran (CLOSE-10, CANCEL-9)")
