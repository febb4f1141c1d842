--[[---
clause: CANCEL-10
description: cancellation is cooperative - cancel() returns and the task runs on until its next checkpoint
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local log = tap.log()
local ok, e = pcall(task.scope, function(s)
  s:cancel()
  log("after cancel")
  local x = 0
  for i = 1, 1000 do x = x + i end
  log("computed " .. x)
  task.checkpoint()
  log("after checkpoint")
end)
tap.is(ok, true, "the scope absorbed its own cancel (SCOPE-5)")
tap.is(e, nil, "no values (SCOPE-5)")
log:is({ "after cancel", "computed 500500" },
       "code after cancel() ran up to the checkpoint, not past it (CANCEL-10)")

local clog = tap.log()
local h
task.scope(function(s)
  h = s:spawn(function()
    coroutine.yield()   -- async_fn: requeues, is not a checkpoint (DRIVER-1)
    clog("child resumed")
    local t = {}
    for i = 1, 100 do t[i] = i end
    clog("child computed " .. #t)
    task.yield()
    clog("unreached")
  end)
  s:spawn(function() s:cancel(); clog("canceller done") end)
end)
tap.is(clog:items()[1], "canceller done", "the canceller went on after cancel() (CANCEL-10)")
tap.ok(clog:has("child computed 100") and not clog:has("unreached"),
       "the cancelled child ran to its next checkpoint, and raised there (CANCEL-10)")
local okh, eh = pcall(h.join, h)
tap.ok(not okh and tap.is_cancel(eh), "it ended with the cancellation error (CANCEL-1)")
