--[[---
clause: SCOPE-3, TOKEN-6, SCOPE-2
description: when the body raises, the cancellation reaches grandchildren spawned into the scope by children
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local gs = {}
local ok, e = pcall(task.scope, function(s)
  for i = 1, 3 do
    s:spawn(function()
      gs[i] = task.spawn(function() task.sleep(tap.ms(10000)) end)
      task.sleep(tap.ms(10000))
    end)
  end
  while #gs < 3 do task.sleep(tap.ms(2)) end
  error("stop", 0)
end)
tap.ok(not ok and e == "stop", "scope re-raised the body's error (SCOPE-3)")
local n = 0
for i = 1, 3 do
  local okg, eg = pcall(gs[i].join, gs[i])
  if not okg and tap.is_cancel(eg) then n = n + 1 end
end
tap.is(n, 3, "all three grandchildren ended cancelled (SCOPE-3)")
tap.ok(gs[1]:is_finished() and gs[2]:is_finished() and gs[3]:is_finished(), "and were drained first (SCOPE-2)")
tap.cmp_ok(gs[3]:elapsed(), "<", tap.ms(5000), "at once, not at their deadline (CANCEL-4)")
