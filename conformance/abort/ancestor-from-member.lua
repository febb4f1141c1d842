--[[---
clause: ABORT-11
description: a member aborting the task that owns its scope is itself aborted when it next suspends, with that task
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local owner
local member
owner = task.spawn(function()
  task.scope(function(s)
    member = s:spawn(function()
      owner:abort()
      log("member after abort")
      task.yield()
      log("member after yield")
    end)
    task.sleep(tap.ms(10000))
  end)
end)
task.sleep(tap.ms(10))
log:is({ "member after abort" }, "the member ran on until it suspended, then never again (ABORT-11)")
tap.raises(function() member:join() end, "task aborted", "the member was aborted (ABORT-11)")
tap.raises(function() owner:join() end, "task aborted", "so was the owner (ABORT-11)")
tap.ok(owner:is_finished(), "the owner is finished (ABORT-12)")
