--[[---
clause: TIMEOUT-23, TIMEOUT-10, SCOPE-19
description: when an inner with_timeout times out, a task its body spawned into the outer with_timeout's scope is neither cancelled nor aborted - the outer one waits for it and returns in time
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

-- born[x]: the caller's elapsed() when x was spawned, so that x's end
-- is read on the caller's clock: born[x] + x:elapsed().
local born = {}

tap.plan(5)

local D, T = tap.ms(40), tap.ms(100)
local helper, inner
local w
w = task.spawn(function()
  return task.with_timeout(tap.ms(60000), function(outer_s)
    inner = table.pack(pcall(task.with_timeout, D, function()
      helper = outer_s:spawn(function()
        local ok = pcall(task.sleep, T)
        return ok and "helper slept" or "helper cancelled"
      end)
      born[helper] = w:elapsed()
      while true do pcall(task.sleep, tap.ms(7)) end
    end, { grace_ms = 0 }))
    return "outer done"
  end)
end)
tap.is(w:join(), "outer done", "the outer with_timeout returned its body's result (TIMEOUT-10)")
tap.ok(not inner[1] and tostring(inner[2]):find("timed out", 1, true), "the inner one timed out (TIMEOUT-2)")
tap.is(helper:join(), "helper slept",
       "the task the inner body spawned into the outer scope was neither cancelled nor aborted (TIMEOUT-23)")
tap.at(born[helper] + helper:elapsed(), T, "it slept its whole sleep (TIMEOUT-23, SCOPE-19)")
tap.at(w:elapsed(), T, "the outer with_timeout waited for it, then returned (SCOPE-2)")
