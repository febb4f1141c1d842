--[[---
clause: RUNTIME-8, HANDLE-5
description: tasks with no Handle left keep running through full garbage collections, and their scope still drains them
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local done = 0
task.scope(function()
  for _ = 1, 50 do
    task.spawn(function()
      task.sleep(tap.ms(5))
      collectgarbage()
      task.sleep(tap.ms(5))
      done = done + 1
    end)
  end
  collectgarbage()
  collectgarbage()
end)
tap.is(done, 50, "every task ran to its end after its Handle was dropped and collected (RUNTIME-8)")
local kept = setmetatable({}, { __mode = "v" })
kept[1] = task.spawn(function() task.sleep(tap.ms(10)); return "still joinable" end)
collectgarbage()
local h = kept[1]
if h then
  tap.is(h:join(), "still joinable", "a Handle kept only weakly, if still reachable, joins normally (RUNTIME-8)")
else
  tap.pass("the weak Handle was collected; its task still runs (RUNTIME-8)")
end
task.sleep(tap.ms(20))
tap.pass("no task was ended by the collector (RUNTIME-8)")
