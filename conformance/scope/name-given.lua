--[[---
clause: SCOPE-10
description: Scope.name is the name given to scope or nil, for nested scopes and in tasks
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

task.scope("outer", function(o)
  tap.is(o.name, "outer", "the outer scope's name (SCOPE-10)")
  task.scope(function(i) tap.is(i.name, nil, "an unnamed nested scope: nil (SCOPE-10)") end)
  task.scope("", function(e) tap.is(e.name, "", "the empty string is kept as given (SCOPE-10)") end)
end)
local h = task.spawn(function()
  return task.scope("in task", function(s) return s.name end)
end)
tap.is(h:join(), "in task", "in a task (SCOPE-10)")
local saved
task.scope("kept", function(s) saved = s end)
tap.is(saved.name, "kept", "still readable after the scope returned (SCOPE-10)")
