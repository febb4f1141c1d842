--[[---
clause: ABORT-17, CLOSE-3
description: stage 3 aborts exactly as Handle:abort - never resumed, close handlers cannot suspend, current() is the aborted task
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local seen = {}
local kid
local w = task.spawn(function()
  return pcall(task.with_timeout, tap.ms(20), function(s)
    kid = s:spawn(function()
      local _ <close> = setmetatable({}, { __close = function()
        seen.cur = task.current() and task.current().id
        seen.sleep = table.pack(pcall(task.sleep, tap.ms(1)))
      end })
      pcall(task.sleep, tap.ms(10000))
      seen.resumed = true
    end)
    task.sleep(tap.ms(10000))
  end, { grace_ms = 0 })
end)
w:join()
tap.is(seen.resumed, nil, "the child was never resumed (ABORT-17)")
tap.is(seen.cur, kid.id, "current() in its close handler reports it (CLOSE-3)")
tap.is(seen.sleep and seen.sleep[1], false, "sleep in that handler raised at once (CLOSE-3)")
tap.raises(function() kid:join() end, "task aborted", "join reports the abort (ABORT-5)")
