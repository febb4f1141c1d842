--[[---
clause: SCOPE-1, SCOPE-10
description: the body is called with the Scope; Scope.name is the given name or nil
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(7)

task.scope("fetchers", function(s)
  tap.ok(s ~= nil, "the body received the scope (SCOPE-1)")
  tap.is(s.name, "fetchers", "Scope.name is the name given to scope(name, fn) (SCOPE-10)")
  for _, m in ipairs({ "spawn", "cancel", "token" }) do
    tap.is(type(s[m]), "function", "the Scope has a '" .. m .. "' method (SCOPE-1)")
  end
end)
task.scope(function(s)
  tap.is(s.name, nil, "Scope.name is nil for scope(fn) (SCOPE-10)")
end)

local outer_name
task.scope("outer", function(o)
  task.scope("inner", function() end)
  outer_name = o.name
end)
tap.is(outer_name, "outer", "each scope keeps its own name (SCOPE-10)")
