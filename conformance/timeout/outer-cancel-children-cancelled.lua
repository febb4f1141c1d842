--[[---
clause: TIMEOUT-9, TOKEN-6
description: an enclosing cancel before the deadline cancels the with_timeout's children too, and propagates as "task cancelled"
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local kid, res
local w
task.scope(function(s)
  w = s:spawn(function()
    res = table.pack(pcall(task.with_timeout, tap.ms(5000), function(ws)
      kid = ws:spawn(function() task.sleep(tap.ms(10000)) end)
      task.sleep(tap.ms(10000))
    end))
  end)
  task.sleep(tap.ms(20))
  s:cancel()
end)
tap.is(res[1], false, "with_timeout raised (TIMEOUT-9)")
tap.ok(tap.is_cancel(res[2]), "the cancellation error (TIMEOUT-9)")
tap.unlike(res[2], "timed out", "not a timeout (TIMEOUT-9)")
local okk, ek = pcall(kid.join, kid)
tap.ok(not okk and tap.is_cancel(ek), "its child was cancelled, not aborted (TOKEN-6)")
tap.cmp_ok(w:elapsed(), "<", tap.ms(4000), "long before the deadline (TIMEOUT-9)")
