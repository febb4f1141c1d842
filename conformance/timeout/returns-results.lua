--[[---
clause: TIMEOUT-1
description: with_timeout returns the body's results when the body and its children finish in time
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(7)

local r = table.pack(task.with_timeout(tap.ms(2000), function()
  task.sleep(tap.ms(10))
  return 1, nil, "three"
end))
tap.is(r.n, 3, "all three results came back, the nil included (TIMEOUT-1)")
tap.is(r[1], 1, "first result (TIMEOUT-1)")
tap.is(r[3], "three", "third result (TIMEOUT-1)")

local log = tap.log()
local v = task.with_timeout(tap.ms(2000), function(s)
  tap.is(type(s.spawn), "function", "the body receives a Scope (TIMEOUT-1)")
  for i = 1, 3 do s:spawn(function() task.sleep(tap.ms(10 * i)); log(i) end) end
  return "fan-out done"
end)
tap.is(v, "fan-out done", "a fan-out finished in time returns the body's result (TIMEOUT-1)")
log:is({ 1, 2, 3 }, "the children were drained before with_timeout returned (TIMEOUT-1)")

local z = table.pack(task.with_timeout(tap.ms(2000), function() end, { grace_ms = 0 }))
tap.is(z.n, 0, "a body returning nothing: with_timeout returns nothing (TIMEOUT-1)")
