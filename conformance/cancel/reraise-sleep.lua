--[[---
clause: CANCEL-1, CANCEL-3
description: sleep raises again after pcall swallowed the cancellation (level-triggered)
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(7)

local function attempt()
  return pcall(task.sleep, tap.ms(10))
end

-- In the main chunk, inside a scope that cancelled itself.
task.scope(function(s)
  s:cancel()
  local ok1, e1 = attempt()
  tap.ok(not ok1 and tap.is_cancel(e1), "sleep raised the cancellation error (CANCEL-1)")
  local ok2, e2 = attempt()
  tap.ok(not ok2 and tap.is_cancel(e2), "sleep raised again after pcall swallowed it (CANCEL-3)")
  local ok3, e3 = attempt()
  tap.ok(not ok3 and tap.is_cancel(e3), "and a third time (CANCEL-3)")
  tap.ok(s:token():is_cancelled(), "the token stays cancelled (CANCEL-3)")
end)

-- In a task, cancelled from outside while it runs.
local h
task.scope(function(s)
  h = s:spawn(function()
    pcall(task.sleep, tap.ms(10000))   -- woken by the cancel, error swallowed
    local results = {}
    for i = 1, 3 do
      local ok, e = attempt()
      results[i] = (not ok) and tap.is_cancel(e)
    end
    return results, task.current().cancelled
  end)
  task.sleep(tap.ms(20))
  s:cancel()
end)
local results, cancelled = h:join()
tap.is_deeply(results, { true, true, true },
              "in a task, sleep raised each time after pcall (CANCEL-3)")
tap.is(cancelled, true, "current().cancelled stays true (CANCEL-3, CURRENT-3)")
tap.lives(function() task.checkpoint() end,
          "the main chunk is not cancelled once that scope returned (CANCEL-8)")
