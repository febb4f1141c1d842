--[[---
clause: ABORT-6
description: a coroutine-driver task aborting itself is ended at its next suspension point - coroutine.yield included
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local h
h = task.spawn(function()
  h:abort()
  log("still running")
  coroutine.yield()
  log("after coroutine.yield")
end, { driver = "coroutine" })
local ok, e = pcall(h.join, h)
log:is({ "still running" }, "the task ran until coroutine.yield, and no further (ABORT-6)")
tap.ok(not ok and tostring(e):find("task aborted", 1, true), "join reports \"task aborted\" (ABORT-5)")

local log2 = tap.log()
local g
g = task.spawn(function()
  g:abort()
  log2("a")
  pcall(coroutine.yield, tap.ms(10))
  log2("b")
end, { driver = "coroutine" })
pcall(g.join, g)
log2:is({ "a" }, "coroutine.yield(ms) is a suspension point too (ABORT-6)")
tap.ok(g:is_finished(), "the task is finished (ABORT-6)")
