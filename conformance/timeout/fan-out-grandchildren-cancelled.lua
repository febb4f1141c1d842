--[[---
clause: TIMEOUT-3, TIMEOUT-8, TIMEOUT-23, TOKEN-6, TIMEOUT-22
description: when the body returned at once (fan-out), the deadline still cancels the scope - a child's inner scope and the grandchild sleeping in it are woken with "task cancelled" at the deadline, and with_timeout reports the timeout then
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local D = tap.ms(100)
local w, child, grand, born, inner_tok
w = task.spawn(function()
  return pcall(task.with_timeout, D, function(s)
    child = s:spawn(function()
      return task.scope(function(inner)
        inner_tok = inner:token()
        grand = inner:spawn(function() task.sleep(tap.ms(60000)) end)
        born = w:elapsed()
        local ok, err = pcall(task.sleep, tap.ms(60000))
        return ok and "slept" or err
      end)
    end)
    return "fanned out"
  end)
end)
local seen
task.spawn(function()
  task.sleep(D - tap.ms(20))
  seen = inner_tok:is_cancelled()
end)
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true),
       "with_timeout reported the timeout though the body had returned (TIMEOUT-8)")
tap.is(seen, false, "before the deadline the child's inner scope was not cancelled")
tap.is(child:join(), "task cancelled", "the child's sleep raised \"task cancelled\" (TIMEOUT-3)")
local okg, eg = pcall(grand.join, grand)
tap.is_deeply({ okg, eg }, { false, "task cancelled" },
              "the grandchild in the child's inner scope was woken by the cancellation (TIMEOUT-23, TOKEN-6)")
tap.at(born + grand:elapsed(), D, "at the deadline, though the body had long returned (TIMEOUT-3, TIMEOUT-22)")
tap.at(w:elapsed(), D, "with_timeout returned at the deadline (TIMEOUT-22)")
