--[[---
clause: ABORT-4
description: a task aborted while its scope drains - its children are hard-aborted, their cleanup code never runs
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
local kids = {}
local t = task.spawn(function()
  task.scope(function(s)
    for i = 1, 3 do
      kids[i] = s:spawn(function()
        local ok = pcall(task.sleep, tap.ms(10000))
        log("child " .. i .. " cleanup, ok=" .. tostring(ok))   -- would run if merely cancelled
      end)
    end
  end)  -- the body returned: the task waits in the drain
  log("task resumed")
end)
task.sleep(tap.ms(20))
t:abort()
task.sleep(tap.ms(20))
tap.is(log:len(), 0, "no child ran its cleanup, the task never resumed (ABORT-4)")
local n = 0
for i = 1, 3 do
  local ok, e = pcall(kids[i].join, kids[i])
  if not ok and tostring(e):find("task aborted", 1, true) then n = n + 1 end
end
tap.is(n, 3, "every child reports \"task aborted\" (ABORT-4, ABORT-5)")
tap.ok(kids[1]:is_finished() and kids[3]:is_finished(), "they are finished (ABORT-4)")
tap.ok(t:is_finished(), "so is the aborted task (ABORT-1)")
tap.raises(function() t:join() end, "task aborted", "which reports the abort (ABORT-5)")
