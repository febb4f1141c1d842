--[[---
clause: CANCEL-1, CANCEL-3, CANCEL-6
description: Handle:join raises the cancellation error while waiting, and again after pcall
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(7)

-- A root task the cancelled code waits for; it is not in the cancelled scope.
local target = task.spawn(function() task.sleep(tap.ms(500)); return "target done" end)

task.scope(function(s)
  s:cancel()
  local ok1, e1 = pcall(target.join, target)
  tap.ok(not ok1 and tap.is_cancel(e1), "join on a running task raised the cancellation error (CANCEL-6)")
  local ok2, e2 = pcall(target.join, target)
  tap.ok(not ok2 and tap.is_cancel(e2), "join raised again after pcall swallowed it (CANCEL-3)")
  tap.is(target:is_finished(), false, "the joined task was not ended by the joiner's cancellation (CANCEL-6)")
end)

local joiner
task.scope(function(s)
  joiner = s:spawn(function()
    local r = {}
    for i = 1, 3 do
      local ok, e = pcall(target.join, target)
      r[i] = (not ok) and tap.is_cancel(e)
    end
    return r
  end)
  task.sleep(tap.ms(20))
  s:cancel()
end)
tap.is_deeply(joiner:join(), { true, true, true },
              "a task blocked in join raised on cancel, and on every retry (CANCEL-3, CANCEL-6)")
tap.cmp_ok(joiner:elapsed(), "<", tap.ms(450), "the joiner did not wait for the target to finish (CANCEL-6)")
tap.is(target:join(), "target done", "the target still completed normally (CANCEL-6)")
tap.cmp_ok(target:elapsed(), ">=", tap.ms(500), "after its full sleep (CANCEL-6)")
