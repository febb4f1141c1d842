--[[---
clause: CLOSE-12, CLOSE-3, ABORT-17
description: checkpoint() in a <close> handler run by an abort raises "task cancelled" when the task's token is cancelled (with_timeout stage 3) and returns nothing when it is not (Handle:abort)
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local seen = {}
local function probe(tag)
  return setmetatable({}, { __close = function() seen[tag] = table.pack(pcall(task.checkpoint)) end })
end
local h = task.spawn(function()
  local _ <close> = probe("abort")
  task.sleep(tap.ms(60000))
end)
task.sleep(tap.ms(10))
h:abort()
tap.is_deeply(seen.abort, { true, n = 1 }, "Handle:abort, token not cancelled: checkpoint returned nothing (CLOSE-12)")

local ok, e = pcall(task.with_timeout, tap.ms(20), function(s)
  s:spawn(function()
    local _ <close> = probe("child")
    while true do pcall(task.sleep, tap.ms(7)) end
  end)
  local _ <close> = probe("body")
  while true do pcall(task.sleep, tap.ms(7)) end
end, { grace_ms = 0 })
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout timed out (TIMEOUT-2)")
tap.is_deeply({ seen.child[1], seen.child[2] }, { false, "task cancelled" },
              "stage 3: checkpoint in the child's handler raised \"task cancelled\" (CLOSE-12)")
tap.is_deeply({ seen.body[1], seen.body[2] }, { false, "task cancelled" },
              "stage 3: checkpoint in the body's handler raised \"task cancelled\" (CLOSE-12)")
