--[[---
clause: CANCEL-4
description: a task sleeping when its token is cancelled wakes at once and raises there
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local child
local wrap = task.spawn(function()
  task.scope(function(s)
    child = s:spawn(function()
      local ok, e = pcall(task.sleep, tap.ms(10000))
      return ok, e
    end)
    task.sleep(tap.ms(20))
    s:cancel()
  end)
end)
wrap:join()
local ok, e = child:join()
tap.is(ok, false, "the sleep raised (CANCEL-4)")
tap.ok(tap.is_cancel(e), "with the cancellation error (CANCEL-4)")
tap.cmp_ok(child:elapsed(), ">=", tap.ms(20), "not before the cancel (CANCEL-4)")
tap.cmp_ok(child:elapsed(), "<", tap.ms(5000), "long before the end of its 10 s sleep (CANCEL-4)")
tap.cmp_ok(wrap:elapsed(), "<", tap.ms(5000), "so the scope drained at once (CANCEL-4)")

local many = {}
task.scope(function(s)
  for i = 1, 20 do many[i] = s:spawn(function() task.sleep(tap.ms(10000 + i)) end) end
  task.sleep(tap.ms(10))
  s:cancel()
end)
local all = true
for i = 1, 20 do
  local okj, ej = pcall(many[i].join, many[i])
  if okj or not tap.is_cancel(ej) then all = false end
end
tap.ok(all, "twenty sleepers all woke with the cancellation error (CANCEL-4)")
