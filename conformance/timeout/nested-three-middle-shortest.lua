--[[---
clause: TIMEOUT-10
description: three nested timeouts, middle shortest - the middle reports "timed out", the innermost propagates "task cancelled", the outer carries on
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local inner_res, middle_res
local r = task.with_timeout(tap.ms(5000), function()
  middle_res = table.pack(pcall(task.with_timeout, tap.ms(30), function()
    inner_res = table.pack(pcall(task.with_timeout, tap.ms(4000), function()
      task.sleep(tap.ms(10000))
    end))
    error(inner_res[2], 0)
  end))
  return "outer finished", task.current()
end)
tap.is(inner_res[1], false, "the innermost raised (TIMEOUT-10)")
tap.ok(tap.is_cancel(inner_res[2]) and not tostring(inner_res[2]):find("timed out", 1, true),
       "with the cancellation, not a timeout (TIMEOUT-10)")
tap.is(middle_res[1], false, "the middle one raised (TIMEOUT-10)")
tap.like(middle_res[2], "timed out", "and reports its own timeout (TIMEOUT-10)")
tap.is(r, "outer finished", "the outer body went on and returned its result (TIMEOUT-10)")
