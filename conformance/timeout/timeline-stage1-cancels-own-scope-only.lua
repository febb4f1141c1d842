--[[---
clause: TIMEOUT-3, TIMEOUT-22, TIMEOUT-23, SCOPE-19
description: the deadline cancels the body, its children, their inner scopes and tasks spawned into the scope from outside - not a task the body spawned into an enclosing scope, nor the caller
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(10)

local D = tap.ms(100)
local T = tap.ms(150)  -- the outer task's own sleep, past the deadline
local h, at = {}, {}  -- at[x]: the caller's elapsed() when x was spawned
local caller_cancelled
local w
w = task.spawn(function()
  local r = table.pack(task.scope(function(outer)
    local ok, e = pcall(task.with_timeout, D, function(s)
      h.child = s:spawn(function() task.sleep(tap.ms(60000)) end); at[h.child] = w:elapsed()
      h.grand_parent = s:spawn(function()
        task.scope(function()
          h.grandchild = task.spawn(function() task.sleep(tap.ms(60000)) end); at[h.grandchild] = w:elapsed()
          task.sleep(tap.ms(60000))
        end)
      end)
      h.outer = outer:spawn(function() task.sleep(T); return "outer task slept" end); at[h.outer] = w:elapsed()
      outer:spawn(function()
        h.from_outside = s:spawn(function() task.sleep(tap.ms(60000)) end); at[h.from_outside] = w:elapsed()
      end)
      task.sleep(tap.ms(60000))
    end, { grace_ms = tap.ms(60000) })
    caller_cancelled = task.current().cancelled
    return ok, e
  end))
  return table.unpack(r, 1, r.n)
end)
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout raised \"timed out\" (TIMEOUT-2)")
local function cancelled_at_deadline(x, what)
  local okx, ex = pcall(x.join, x)
  tap.ok(not okx and tap.is_cancel(ex), what .. " ended on the cancellation (TIMEOUT-3, TIMEOUT-23)")
  tap.at(at[x] + x:elapsed(), D, what .. " ended at the deadline (TIMEOUT-22)")
end
cancelled_at_deadline(h.child, "a child")
cancelled_at_deadline(h.grandchild, "a task of a scope opened in a child")
cancelled_at_deadline(h.from_outside, "a task spawned into the scope by a task outside it")
tap.is(h.outer:join(), "outer task slept",
       "a task the body spawned into the enclosing scope was not cancelled (TIMEOUT-23, SCOPE-19)")
tap.at(at[h.outer] + h.outer:elapsed(), T, "it slept its whole sleep, past the deadline (TIMEOUT-23)")
tap.is(caller_cancelled, false, "the caller's own token was not cancelled (TIMEOUT-2, TIMEOUT-23)")
