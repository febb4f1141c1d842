--[[---
clause: TIMEOUT-19
description: when with_timeout returns or raises, every task spawned into its scope has finished, in every outcome
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local function run(body, opts)
  local hs = {}
  pcall(task.with_timeout, tap.ms(20), function(s)
    for i = 1, 3 do
      hs[i] = s:spawn(function()
        pcall(task.sleep, i == 1 and tap.ms(1) or tap.ms(10000))
        for _ = 1, 3 do coroutine.yield() end
      end)
    end
    return body(s)
  end, opts)
  local all = true
  for i = 1, 3 do if not hs[i]:is_finished() then all = false end end
  return all
end
tap.ok(run(function(s) s:cancel() end), "absorbed own cancel (TIMEOUT-19)")
tap.ok(run(function() error("x", 0) end), "body error (TIMEOUT-19)")
tap.ok(run(function() end), "fan-out cut by the deadline (TIMEOUT-19)")
tap.ok(run(function() task.sleep(tap.ms(10000)) end, { grace_ms = 0 }), "grace 0 abort (TIMEOUT-19)")
