--[[---
clause: CANCEL-9
description: a suspending checkpoint that finds the token already cancelled passes through the scheduler once before raising
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

local target = task.spawn(function() task.sleep(tap.ms(10000)) end)
local kinds = {
  { "sleep", function() task.sleep(tap.ms(10)) end },
  { "yield", function() task.yield() end },
  { "sleep(0)", function() task.sleep(0) end },
  { "join while it would wait", function() target:join() end },
  { "scope entry", function() task.scope(function() end) end },
  { "with_timeout entry", function() task.with_timeout(tap.ms(1000), function() end) end },
}
tap.plan(#kinds * 2)

for _, k in ipairs(kinds) do
  local ran = false
  local ok, e
  task.scope(function(s)
    s:cancel()
    task.spawn(function() ran = true end)   -- ready before the checkpoint
    ok, e = pcall(k[2])
    tap.ok(not ok and tap.is_cancel(e), k[1] .. " raised the cancellation error (CANCEL-1)")
    tap.is(ran, true, k[1] .. " let the ready task run once before raising (CANCEL-9)")
  end)
end
target:abort()
