--[[---
clause: TIMEOUT-17, TIMEOUT-8, TIMEOUT-12
description: a body that cancels its own scope, then swallows the cancellation until after the deadline and returns, gets "timed out" at the instant it returns - the self-cancel is absorbed only while the deadline has not fired
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

local ways = {
  { "Scope:cancel()", function(s) s:cancel() end },
  { "Scope:token():cancel()", function(s) s:token():cancel() end },
}
tap.plan(#ways * 3)

-- The body returns X after the deadline, inside a long grace. A root task
-- waits until then, which lets a virtual clock get there too (HOST-15).
local D, C, X = tap.ms(100), tap.ms(30), tap.ms(50)
for _, way in ipairs(ways) do
  local label, cancel = way[1], way[2]
  local w, swallowed
  w = task.spawn(function()
    return pcall(task.with_timeout, D, function(s)
      task.sleep(C)
      cancel(s)
      swallowed = 0
      while w:elapsed() < D + X do
        if not pcall(task.yield) then swallowed = swallowed + 1 end
      end
      return "late result"
    end, { grace_ms = tap.ms(60000) })
  end)
  task.spawn(function() task.sleep(D + X) end)
  local ok, e = w:join()
  tap.ok(not ok and tostring(e):find("timed out", 1, true),
         label .. ", then returning after the deadline: \"timed out\", not the results (TIMEOUT-17, TIMEOUT-8)")
  tap.cmp_ok(swallowed, ">", 0, label .. ": the body did see its own cancellation (TIMEOUT-12)")
  tap.at(w:elapsed(), D + X, label .. ": with_timeout ended when the body returned (TIMEOUT-4)")
end
