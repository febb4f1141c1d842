--[[---
clause: RUNTIME-9, TOKEN-6, SCOPE-6
description: 100 scopes nested in one task, each with a sleeping child - one cancel at the top ends them all and propagates up
features: []
flags: [slow]
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local kids = {}
local function nest(n)
  if n == 0 then task.sleep(tap.ms(60000)); return end
  task.scope(function(s)
    kids[#kids + 1] = s:spawn(function() task.sleep(tap.ms(60000)) end)
    nest(n - 1)
  end)
end
local res = table.pack(task.scope(function(top)
  top:spawn(function() task.sleep(tap.ms(20)); top:cancel() end)
  nest(100)
end))
tap.is(res.n, 0, "the top scope absorbed the cancellation that every inner scope propagated (SCOPE-5, SCOPE-6)")
local n = 0
for _, k in ipairs(kids) do
  local ok, e = pcall(k.join, k)
  if not ok and tap.is_cancel(e) then n = n + 1 end
end
tap.is(#kids, 100, "100 levels were opened (RUNTIME-9)")
tap.is(n, 100, "every level's child was cancelled (TOKEN-6)")
