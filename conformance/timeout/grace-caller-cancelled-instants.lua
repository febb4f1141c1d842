--[[---
clause: TIMEOUT-9, TIMEOUT-25, CANCEL-12, TIMEOUT-22
description: the caller's enclosing scope cancelled in the middle of the grace period does not end the grace - a task outside finds the uncooperative child alive just before deadline + grace and aborted just after; with_timeout then raises "task cancelled"
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

-- A root task cancels the caller's scope at deadline + grace / 2. The
-- probes look E before and after deadline + grace (1 ms under the virtual
-- clock, where the instants are exact; tap.late in real time).
local D, G = tap.ms(100), tap.ms(240)
local E = tap.virtual() and 1 or tap.late
local w, outer, child, returned_at
w = task.spawn(function()
  local res
  task.scope(function(s)
    outer = s
    res = table.pack(pcall(task.with_timeout, D, function(ws)
      child = ws:spawn(function() while true do pcall(task.yield) end end)
      while true do pcall(task.yield) end
    end, { grace_ms = G }))
    returned_at = w:elapsed()
  end)
  return table.unpack(res, 1, res.n)
end)
task.spawn(function() task.sleep(D + G / 2); outer:cancel() end)
local seen = {}
local probe = task.spawn(function()
  task.sleep(D + G - E)
  seen.before = child:is_finished()
  task.sleep(D + G + E - w:elapsed())
  seen.after = child:is_finished()
end)
probe:join()
local ok, e = w:join()
tap.is_deeply({ ok, e }, { false, "task cancelled" },
              "with_timeout raised the caller's cancellation, not the timeout (TIMEOUT-9)")
tap.is(seen.before, false,
       "just before deadline + grace the child was alive: the caller's cancel did not end the grace (TIMEOUT-25)")
tap.is(seen.after, true, "just after it, it was aborted (TIMEOUT-5, TIMEOUT-22)")
local okc, ec = pcall(child.join, child)
tap.ok(not okc and tostring(ec):find("task aborted", 1, true), "the child was aborted (TIMEOUT-5)")
tap.at(returned_at, D + G,
       "with_timeout returned at deadline + grace, not when its caller was cancelled (CANCEL-12, TIMEOUT-25)")
