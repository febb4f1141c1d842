--[[---
clause: TIMEOUT-5, TIMEOUT-23, TIMEOUT-24, ABORT-4, ABORT-7
description: stage 3 aborts the uncooperative body, its children, their inner scopes' tasks and tasks spawned into the scope from outside - not a task the body spawned into an enclosing scope, nor the caller
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(10)

-- Grace 0: stage 3 follows the cancel at once, so the members may wait on
-- timers until then (virtual time moves) and swallow the cancel after.
local D = tap.ms(100)
local T = tap.ms(150)
local function stubborn()
  while true do pcall(task.sleep, tap.ms(7)) end
end
local h, at = {}, {}  -- at[x]: the caller's elapsed() when x was spawned
local caller_went_on
local w
w = task.spawn(function()
  return task.scope(function(outer)
    local ok, e = pcall(task.with_timeout, D, function(s)
      h.child = s:spawn(stubborn); at[h.child] = w:elapsed()
      h.grand_parent = s:spawn(function()
        task.scope(function()
          h.grandchild = task.spawn(stubborn); at[h.grandchild] = w:elapsed()
          stubborn()
        end)
      end)
      h.outer = outer:spawn(function()
        local n = 0
        while n < 3 do
          task.sleep(T / 3)
          n = n + 1
        end
        return "outer task ran on"
      end)
      at[h.outer] = w:elapsed()
      outer:spawn(function() h.from_outside = s:spawn(stubborn); at[h.from_outside] = w:elapsed() end)
      stubborn()
    end, { grace_ms = 0 })
    caller_went_on = true
    return ok, e
  end)
end)
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout raised \"timed out\" (TIMEOUT-2)")
local function aborted_at_deadline(x, what)
  local okx, ex = pcall(x.join, x)
  tap.ok(not okx and tostring(ex):find("task aborted", 1, true), what .. " was aborted (TIMEOUT-5, TIMEOUT-23)")
  tap.at(at[x] + x:elapsed(), D, what .. " ended at the deadline (TIMEOUT-22)")
end
aborted_at_deadline(h.child, "a child")
aborted_at_deadline(h.grandchild, "a task of a scope opened in a child (ABORT-4)")
aborted_at_deadline(h.from_outside, "a task spawned into the scope by a task outside it")
tap.is(caller_went_on, true, "the caller went on after with_timeout (TIMEOUT-2, ABORT-7)")
tap.is(h.outer:join(), "outer task ran on",
       "a task the body spawned into the enclosing scope was neither cancelled nor aborted (TIMEOUT-23, ABORT-7)")
tap.at(at[h.outer] + h.outer:elapsed(), T, "it finished at its own time, past the deadline (TIMEOUT-23)")
