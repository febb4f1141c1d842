--[[---
clause: ABORT-1
description: Handle:abort ends a suspended task - it is never resumed, even past its wake-up time
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
local h = task.spawn(function()
  log("start")
  task.sleep(tap.ms(30))
  log("after sleep")
end)
task.yield()
log:is({ "start" }, "the task started and is sleeping (ABORT-1)")
h:abort()
task.sleep(tap.ms(60))
log:is({ "start" }, "it never ran again, not even when its sleep would have ended (ABORT-1)")
tap.is(h:is_finished(), true, "the aborted task is finished (ABORT-1, HANDLE-1)")

local y = tap.log()
local spinner = task.spawn(function()
  for i = 1, 100 do y(i); task.yield() end
end)
task.yield()
task.yield()
spinner:abort()
local n = y:len()
task.yield()
task.yield()
tap.is(y:len(), n, "a yielding task stopped at once when aborted (ABORT-1)")
tap.ok(n < 100, "before finishing its loop (ABORT-1)")
