--[[---
clause: TIMEOUT-12, SCOPE-5
description: Scope:cancel of the with_timeout's own scope cancels its children and is absorbed - no values, no error
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local kids = {}
local w = task.spawn(function()
  return table.pack(pcall(task.with_timeout, tap.ms(5000), function(s)
    for i = 1, 3 do kids[i] = s:spawn(function() task.sleep(tap.ms(10000)) end) end
    task.sleep(tap.ms(10))
    s:cancel()
    task.sleep(tap.ms(10000))
  end))
end)
local r = w:join()
tap.is(r[1], true, "with_timeout did not raise (TIMEOUT-12)")
tap.is(r.n, 1, "and returned no values (TIMEOUT-12)")
local n = 0
for i = 1, 3 do
  local ok, e = pcall(kids[i].join, kids[i])
  if not ok and tap.is_cancel(e) then n = n + 1 end
end
tap.is(n, 3, "its children were cancelled (TIMEOUT-12)")
tap.cmp_ok(w:elapsed(), "<", tap.ms(4000), "without waiting for the deadline (TIMEOUT-12)")
