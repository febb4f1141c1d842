--[[---
clause: CANCEL-1, CANCEL-4, SCOPE-2
description: cancelling a scope with many sleeping, looping and joining children ends them all
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local hs = {}
local blocker
local wrap = task.spawn(function()
  -- spawned by a root task outside any scope: a root task, not cancelled
  blocker = task.spawn(function() task.sleep(tap.ms(10000)) end)
  task.scope(function(s)
    for i = 1, 30 do
      local kind = i % 3
      hs[i] = s:spawn(function()
        if kind == 0 then task.sleep(tap.ms(10000))
        elseif kind == 1 then while true do task.sleep(tap.ms(5)); task.yield() end
        else blocker:join() end
      end)
    end
    task.sleep(tap.ms(10))
    s:cancel()
  end)
end)
wrap:join()
local finished, cancelled = 0, 0
for i = 1, 30 do
  if hs[i]:is_finished() then finished = finished + 1 end
  local ok, e = pcall(hs[i].join, hs[i])
  if not ok and tap.is_cancel(e) then cancelled = cancelled + 1 end
end
tap.is(finished, 30, "all thirty children had finished when the scope returned (SCOPE-2)")
tap.is(cancelled, 30, "each ended with the cancellation error (CANCEL-1)")
tap.is(blocker:is_finished(), false, "the scope did not wait for the root task they joined (CANCEL-6)")
tap.cmp_ok(wrap:elapsed(), "<", tap.ms(5000), "nor for the 10 s sleeps (CANCEL-4)")
blocker:abort()
