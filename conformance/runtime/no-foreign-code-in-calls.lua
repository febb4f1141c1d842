--[[---
clause: RUNTIME-2
description: no std.task call runs another fiber's code before it returns - except abort, which runs the aborted task's close handlers
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local victim = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function() log("victim close handler") end })
  pcall(task.sleep, tap.ms(10000))
  log("victim code after sleep")
end)
task.scope(function(s)
  s:spawn(function() pcall(task.sleep, tap.ms(10000)); log("other woke") end)
  task.sleep(tap.ms(5))
  s:cancel()
  task.spawn(function() log("new task") end)
  tap.is(log:len(), 0, "cancel and spawn ran no other fiber's code (RUNTIME-2)")
  victim:abort()
  log:is({ "victim close handler" }, "abort ran only the aborted task's close handler (RUNTIME-2, ABORT-10)")
end)
tap.ok(log:has("other woke") and log:has("new task"), "the others ran later, from the run queue (RUNTIME-2)")
tap.is(log:has("victim code after sleep"), false, "the victim's own code never ran again (ABORT-1)")
