--[[---
clause: TIMEOUT-9, TIMEOUT-10, TIMEOUT-25, TIMEOUT-22
description: real time - an outer deadline firing while an inner with_timeout is in its grace period does not cut that grace short - the inner one aborts its uncooperative body at its own deadline + grace, then propagates "task cancelled"
features: []
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local Di, Gi, Do = tap.ms(40), tap.ms(260), tap.ms(120)
local w, inner, inner_at
w = task.spawn(function()
  return pcall(task.with_timeout, Do, function()
    inner = table.pack(pcall(task.with_timeout, Di, function()
      while true do pcall(task.yield) end
    end, { grace_ms = Gi }))
    inner_at = w:elapsed()
  end, { grace_ms = tap.ms(60000) })
end)
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true), "the outer with_timeout reported its timeout (TIMEOUT-10)")
tap.is_deeply({ inner[1], inner[2] }, { false, "task cancelled" },
              "the inner one propagated \"task cancelled\" (TIMEOUT-9, TIMEOUT-10)")
tap.at(inner_at, Di + Gi, "the inner one returned at its own deadline + grace, not at the outer deadline (TIMEOUT-25)")
tap.at(w:elapsed(), Di + Gi, "the outer one returned right after (TIMEOUT-22)")
