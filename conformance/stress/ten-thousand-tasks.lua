--[[---
clause: RUNTIME-9, SPAWN-4, JOIN-1
description: ten thousand tasks alive at once all run, in spawn order, and deliver their results
features: []
flags: [slow]
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local N = 10000
local started = {}
local hs = {}
for i = 1, N do
  hs[i] = task.spawn(function()
    started[#started + 1] = i
    task.sleep(tap.ms(20))
    return i
  end)
end
task.sleep(tap.ms(5))
local alive = 0
for i = 1, N do if not hs[i]:is_finished() then alive = alive + 1 end end
tap.is(alive, N, "all ten thousand were alive at the same time (RUNTIME-9)")
local in_order = #started == N
for i = 1, #started do if started[i] ~= i then in_order = false end end
tap.ok(in_order, "they started in spawn order (SPAWN-4)")
local sum = 0
for i = 1, N do sum = sum + hs[i]:join() end
tap.is(sum, N * (N + 1) // 2, "every result came back (JOIN-1)")
tap.ok(hs[N]:is_finished(), "all finished (HANDLE-1)")
