--[[---
clause: ROOT-11, CURRENT-2
description: the root scope is not reachable from Lua - no field of std.task is a scope, and no std.task call made in the main chunk returns one
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

-- A Scope is told by what it offers, not by its representation (ARGS-14):
-- spawn, cancel and token methods. Indexing may raise (a plain userdata).
local function is_scope(v)
  if type(v) ~= "userdata" and type(v) ~= "table" then return false end
  local ok, yes = pcall(function()
    return type(v.spawn) == "function" and type(v.cancel) == "function"
       and type(v.token) == "function"
  end)
  return ok and yes
end

-- A host may add its own fields to std.task; none may be the root scope.
local exposed = {}
for k, v in pairs(task) do
  if is_scope(v) then exposed[#exposed + 1] = tostring(k) end
end
tap.is(#exposed, 0, "no field of std.task is a scope object (ROOT-11)"
       .. (#exposed > 0 and (": " .. table.concat(exposed, ", ")) or ""))
tap.is(task.current(), nil, "current() is nil in the main chunk: no handle on the root (ROOT-11, CURRENT-2)")
local h = task.spawn(function() return task.current() end)
local r = table.pack(h:join())
local leaked = false
for i = 1, r.n do if is_scope(r[i]) then leaked = true end end
tap.ok(not leaked, "a task's own results give no scope object (ROOT-11)")

local inner
task.scope(function(s) inner = s end)
tap.ok(is_scope(inner), "scope() hands its body its own scope")
local ok = pcall(inner.spawn, inner, function() end)
tap.ok(not ok, "and that scope, once returned, is not the root: spawning into it fails (ROOT-11, SCOPE-9)")
