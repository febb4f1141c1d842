--[[---
clause: TIMEOUT-17, TIMEOUT-22, TIMEOUT-5, TIMEOUT-8
description: after the body cancels its own scope (Scope:cancel or its token) and returns, the deadline still fires - a child that ignores the cancel is aborted at deadline + grace and with_timeout reports the timeout then
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

local ways = {
  { "Scope:cancel()", function(s) s:cancel() end },
  { "Scope:token():cancel()", function(s) s:token():cancel() end },
}
tap.plan(#ways * 4)

-- The child swallows every cancellation, giving up only well after
-- deadline + grace (so that a host that lost the deadline fails here
-- instead of hanging); a root task waits until then, which lets a virtual
-- clock get there too (HOST-15).
local D, G, C, X = tap.ms(100), tap.ms(60), tap.ms(30), tap.ms(150)
for _, way in ipairs(ways) do
  local label, cancel = way[1], way[2]
  local w, child, born
  w = task.spawn(function()
    return pcall(task.with_timeout, D, function(s)
      child = s:spawn(function()
        while w:elapsed() < D + G + X do pcall(task.yield) end
        return "outlived the deadline"
      end)
      born = w:elapsed()
      task.sleep(C)
      cancel(s)
      return "body returned"
    end, { grace_ms = G })
  end)
  task.spawn(function() task.sleep(D + G + X) end)
  local ok, e = w:join()
  tap.ok(not ok and tostring(e):find("timed out", 1, true),
         label .. " before the deadline did not disarm it: \"timed out\" (TIMEOUT-17, TIMEOUT-8)")
  local okc, ec = pcall(child.join, child)
  tap.ok(not okc and tostring(ec):find("task aborted", 1, true),
         label .. ": the child that ignored the cancel was aborted by stage 3 (TIMEOUT-17, TIMEOUT-5)")
  tap.at(born + child:elapsed(), D + G, label .. ": the child ended at deadline + grace (TIMEOUT-22)")
  tap.at(w:elapsed(), D + G, label .. ": with_timeout returned at deadline + grace (TIMEOUT-22)")
end
