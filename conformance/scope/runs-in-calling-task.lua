--[[---
clause: SCOPE-1, CURRENT-4
description: the scope body runs in the calling task, before scope returns
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
log("before")
task.scope(function() log("body") end)
log("after")
log:is({ "before", "body", "after" }, "the body ran inside the scope call (SCOPE-1)")

local ids = {}
local h = task.spawn(function()
  ids.outside = task.current().id
  task.scope(function()
    ids.body = task.current().id
    task.scope(function() ids.nested = task.current().id end)
  end)
end, { name = "caller" })
h:join()
tap.is(ids.outside, h.id, "current() in the task reports it (CURRENT-1)")
tap.is(ids.body, h.id, "the scope body runs in the calling task (SCOPE-1, CURRENT-4)")
tap.is(ids.nested, h.id, "so does a nested scope body (SCOPE-1, CURRENT-4)")

local main_cur = "unset"
task.scope(function() main_cur = task.current() end)
tap.is(main_cur, nil, "a scope body in the main chunk is not a task: current() is nil (CURRENT-2)")
