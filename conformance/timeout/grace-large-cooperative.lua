--[[---
clause: TIMEOUT-4, TIMEOUT-22
description: with a large grace, with_timeout returns as soon as the cooperative body and children are done
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local child
local w = task.spawn(function()
  return pcall(task.with_timeout, tap.ms(20), function(s)
    child = s:spawn(function() task.sleep(tap.ms(10000)) end)
    task.sleep(tap.ms(10000))
  end, { grace_ms = tap.ms(60000) })
end)
local ok, e = w:join()
tap.is(ok, false, "with_timeout raised (TIMEOUT-2)")
tap.like(e, "timed out", "the timeout (TIMEOUT-2)")
local okc, ec = pcall(child.join, child)
tap.ok(not okc and tap.is_cancel(ec), "the child ended with the cancellation, not an abort (TIMEOUT-4)")
tap.at(w:elapsed(), tap.ms(20),
       "the 60 s grace was not waited out: it returned at the deadline (TIMEOUT-4, TIMEOUT-22)")
