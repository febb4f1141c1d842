--[[---
clause: TIMEOUT-7
description: a body that catches the deadline's cancellation and raises its own error value gets that value back, identity kept
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

local values = { { "table" }, 42, false, io.stderr }
tap.plan(#values)

for i, v in ipairs(values) do
  local ok, e = pcall(task.with_timeout, tap.ms(10), function()
    pcall(task.sleep, tap.ms(10000))
    error(v, 0)
  end)
  tap.ok(ok == false and rawequal(e, v), "error value " .. i .. " (" .. type(v) .. ") re-raised unchanged (TIMEOUT-7)")
end
