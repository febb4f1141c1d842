--[[---
clause: CANCEL-4, CANCEL-13, SCOPE-2
description: one Scope:cancel wakes ten thousand sleeping children at once; all end cancelled and the scope drains them
features: []
flags: [slow]
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local N = 10000
local hs = {}
local r = table.pack(task.scope(function(s)
  for i = 1, N do hs[i] = s:spawn(function() task.sleep(tap.ms(60000)) end) end
  task.sleep(tap.ms(10))
  s:cancel()
end))
tap.is(r.n, 0, "the scope absorbed its cancel after the drain (SCOPE-5)")
local cancelled, late = 0, 0
for i = 1, N do
  local ok, e = pcall(hs[i].join, hs[i])
  if not ok and tap.is_cancel(e) then cancelled = cancelled + 1 end
  if hs[i]:elapsed() >= tap.ms(30000) then late = late + 1 end
end
tap.is(cancelled, N, "all ten thousand ended with the cancellation error (CANCEL-4)")
tap.is(late, 0, "none waited for its deadline (CANCEL-13)")
