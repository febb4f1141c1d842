--[[---
clause: ABORT-6
description: a task aborting itself is ended at its next suspension point
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
local closed = 0
local h
h = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function() closed = closed + 1 end })
  log("before")
  h:abort()
  log("after abort() returned")
  pcall(task.yield)
  log("after yield")
end)
local ok, e = pcall(h.join, h)
log:is({ "before", "after abort() returned" },
       "the task ran on until its next suspension point, and no further (ABORT-6)")
tap.ok(not ok and tostring(e):find("task aborted", 1, true), "join reports \"task aborted\" (ABORT-6, ABORT-5)")
tap.is(closed, 1, "its <close> variable was closed once (CLOSE-1)")

local slog = tap.log()
local s
s = task.spawn(function()
  s:abort()
  slog("a")
  pcall(task.sleep, tap.ms(10))
  slog("b")
end)
pcall(s.join, s)
slog:is({ "a" }, "a sleep is a suspension point too (ABORT-6)")
tap.ok(s:is_finished(), "the self-aborted task is finished (ABORT-6)")
