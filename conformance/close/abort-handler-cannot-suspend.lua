--[[---
clause: CLOSE-3
description: <close> handlers run by an abort cannot suspend - std.task suspensions raise at once - and current() is the aborted task
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local r = {}
local h = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function()
    r.sleep_ok = pcall(task.sleep, tap.ms(10))
    r.yield_ok = pcall(task.yield)
    local cur = task.current()
    r.id = cur and cur.id
    r.finished = true
  end })
  task.sleep(tap.ms(10000))
end, { name = "aborted" })
task.sleep(tap.ms(10))
h:abort()
task.sleep(tap.ms(30))
tap.is(r.sleep_ok, false, "sleep in the handler raised instead of suspending (CLOSE-3)")
tap.is(r.yield_ok, false, "yield in the handler raised too (CLOSE-3)")
tap.is(r.id, h.id, "current() in the handler reports the aborted task (CLOSE-3)")
tap.is(r.finished, true, "the handler ran to completion (CLOSE-3)")
tap.ok(h:is_finished(), "the task is finished (ABORT-1)")
