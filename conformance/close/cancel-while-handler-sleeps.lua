--[[---
clause: CLOSE-13, CANCEL-4, CLOSE-7
description: a cancellation arriving while a <close> handler run on return sleeps wakes it at once with "task cancelled", which becomes the task's outcome if it escapes the handler
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local C = tap.ms(20)
local woke_at
local h
task.scope(function(s)
  h = s:spawn(function()
    local _ <close> = setmetatable({}, { __close = function()
      local ok, e = pcall(task.sleep, tap.ms(60000))
      woke_at = h:elapsed()
      if not ok then error(e, 0) end
    end })
    return "returned"
  end)
  task.sleep(C)
  s:cancel()
end)
local ok, e = pcall(h.join, h)
tap.is_deeply({ ok, e }, { false, "task cancelled" },
              "the handler's \"task cancelled\" replaced the results (CLOSE-13, CLOSE-7)")
tap.at(woke_at, C, "the handler's sleep was woken at the cancel (CLOSE-13, CANCEL-4)")
tap.at(h:elapsed(), C, "the task ended then (CLOSE-13)")
tap.ok(h:is_finished(), "the task is finished")
