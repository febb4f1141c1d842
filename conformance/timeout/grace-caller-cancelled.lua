--[[---
clause: TIMEOUT-9, TIMEOUT-25, CANCEL-12, TIMEOUT-22
description: real time - the caller's scope cancelled in the middle of the grace period does not wake the caller - the uncooperative children are aborted at deadline + grace, then with_timeout raises "task cancelled"
features: []
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

-- born[x]: the caller's elapsed() when x was spawned, so that x's end
-- is read on the caller's clock: born[x] + x:elapsed().
local born = {}

tap.plan(5)

local D, G = tap.ms(60), tap.ms(240)
local w, stubborn, returned_at
w = task.spawn(function()
  local res
  task.scope(function(outer)
    outer:spawn(function()
      task.sleep(D + G / 2)
      outer:cancel()
    end)
    res = table.pack(pcall(task.with_timeout, D, function(s)
      stubborn = s:spawn(function() while true do pcall(task.yield) end end); born[stubborn] = w:elapsed()
      while true do pcall(task.yield) end
    end, { grace_ms = G }))
    returned_at = w:elapsed()
  end)
  return table.unpack(res, 1, res.n)
end)
local ok, e = w:join()
tap.is(ok, false, "with_timeout raised")
tap.is(e, "task cancelled", "the caller's cancellation, not the timeout (TIMEOUT-9)")
local oks, es = pcall(stubborn.join, stubborn)
tap.ok(not oks and tostring(es):find("task aborted", 1, true), "the uncooperative child was aborted (TIMEOUT-5)")
tap.at(born[stubborn] + stubborn:elapsed(), D + G,
       "at deadline + grace: the caller's cancellation did not end the grace period (TIMEOUT-25)")
tap.at(returned_at, D + G,
       "with_timeout returned at deadline + grace, not when its caller was cancelled (CANCEL-12, TIMEOUT-25)")
