--[[---
clause: TIMEOUT-4, TIMEOUT-22
description: members that swallow the cancellation a few times and then return end the grace period at once - with_timeout returns at the deadline, whatever the grace
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

-- born[x]: the caller's elapsed() when x was spawned, so that x's end
-- is read on the caller's clock: born[x] + x:elapsed().
local born = {}

local D = tap.ms(100)
local graces = { { "grace small", { grace_ms = tap.ms(50) } },
                 { "grace large", { grace_ms = tap.ms(60000) } },
                 { "default grace", nil } }
tap.plan(#graces * 4)

-- Swallows the cancellation 20 times at checkpoints that suspend (each a
-- schedule point, CANCEL-9), then returns: no timer is waited on again.
local function reluctant(tag)
  pcall(task.sleep, tap.ms(60000))
  local swallowed = 0
  for _ = 1, 20 do
    if not pcall(task.yield) then swallowed = swallowed + 1 end
  end
  return tag, swallowed
end

for _, g in ipairs(graces) do
  local label, opts = g[1], g[2]
  local child
  local w
w = task.spawn(function()
    return pcall(task.with_timeout, D, function(s)
      child = s:spawn(function() return reluctant("child") end); born[child] = w:elapsed()
      reluctant("body")
      return "body done"
    end, opts)
  end)
  local ok, e = w:join()
  tap.ok(not ok and tostring(e):find("timed out", 1, true),
         label .. ": with_timeout raised \"timed out\" though the body returned (TIMEOUT-8)")
  tap.is_deeply({ child:join() }, { "child", 20 },
                label .. ": the child swallowed 20 cancellations and returned normally, not aborted (TIMEOUT-4)")
  tap.at(born[child] + child:elapsed(), D, label .. ": the child finished at the deadline (TIMEOUT-22)")
  tap.at(w:elapsed(), D,
         label .. ": with_timeout returned at the deadline, once every member finished (TIMEOUT-4, TIMEOUT-22)")
end
