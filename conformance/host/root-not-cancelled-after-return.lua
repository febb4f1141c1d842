--[[---
clause: ROOT-5
description: when the main chunk returns, root tasks are not cancelled - their checkpoints keep passing until they finish
features: []
flags: [spawns-host]
---]]
local tap = require "tap"
if not tap.needs_host() then return end

-- Child scripts run on the same host through tap.run_script.
local run = tap.run_script

tap.plan(2)

local r = run([[
local task = std.task
task.spawn(function()
  task.sleep(20)
  task.checkpoint()
  print("cancelled=" .. tostring(task.current().cancelled))
end)
]])
tap.is(r.code, 0, "exit 0 (ROOT-7)")
tap.is(r.out, "cancelled=false\n", "the root task ran on uncancelled after the main chunk returned (ROOT-5)")
