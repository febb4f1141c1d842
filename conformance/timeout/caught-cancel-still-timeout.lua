--[[---
clause: TIMEOUT-8
description: a body that catches the deadline's cancellation and returns normally still gets "timed out"
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local caught
local ok, e = pcall(task.with_timeout, tap.ms(20), function()
  local okb, eb = pcall(task.sleep, tap.ms(10000))
  caught = (not okb) and tap.is_cancel(eb)
  return "pretending all went well"
end)
tap.is(caught, true, "the body caught the cancellation (TIMEOUT-3)")
tap.is(ok, false, "with_timeout raised anyway (TIMEOUT-8)")
tap.like(e, "timed out", "it reports the timeout (TIMEOUT-8)")
tap.unlike(e, "pretending", "the body's results were not returned (TIMEOUT-8)")
