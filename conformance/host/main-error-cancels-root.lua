--[[---
clause: ROOT-6
description: when the main chunk raises, the host cancels the root scope and drains it - root tasks see "task cancelled" and clean up - before exiting
features: []
flags: [spawns-host]
---]]
local tap = require "tap"
if not tap.needs_host() then return end

-- Child scripts run on the same host through tap.run_script.
local run = tap.run_script

tap.plan(4)

local r = run([[
local task = std.task
for i = 1, 3 do
  task.spawn(function()
    local _ <close> = setmetatable({}, { __close = function() print("closed " .. i) end })
    local ok, e = pcall(task.sleep, 60000)
    print("task " .. i .. " woke: " .. tostring(ok) .. " " .. tostring(e))
  end)
end
task.sleep(10)
error("main failed")
]])
tap.isnt(r.code, 0, "non-zero status (ROOT-6)")
tap.like(r.out, "task 1 woke: false task cancelled", "a root task was woken by the cancellation (ROOT-6)")
tap.like(r.out, "task 3 woke: false task cancelled", "every root task was (ROOT-6)")
tap.like(r.out, "closed 3", "and drained: its cleanup ran before the exit (ROOT-6)")
