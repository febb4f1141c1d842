--[[---
clause: ABORT-6, ABORT-4
description: a task aborting itself inside a scope body is ended at its next suspension; its scope's children are aborted
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local kid
local h
h = task.spawn(function()
  task.scope(function(s)
    kid = s:spawn(function()
      pcall(task.sleep, tap.ms(10000))
      log("kid cleanup")
    end)
    h:abort()
    log("body after abort")
    pcall(task.sleep, tap.ms(10))
    log("body after sleep")
  end)
  log("after scope")
end)
pcall(h.join, h)
task.sleep(tap.ms(10))
log:is({ "body after abort" }, "the body ran to its next suspension point only (ABORT-6)")
tap.ok(kid:is_finished(), "the child of its scope is finished (ABORT-4)")
local ok, e = pcall(kid.join, kid)
tap.ok(not ok and tostring(e):find("task aborted", 1, true), "it was aborted, not cancelled (ABORT-4)")
tap.raises(function() h:join() end, "task aborted", "the task reports the abort (ABORT-5)")
