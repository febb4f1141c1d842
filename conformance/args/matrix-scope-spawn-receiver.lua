--[[---
clause: ARGS-4
description: Scope:spawn called on every wrong receiver raises "bad argument #1 to 'spawn'"
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

local hv = task.spawn(function() end)
local tv = task.cancel_token()
local sv
task.scope(function(s) sv = s end)
local receivers = {
  { nil, "nil" }, { 42, "42" }, { "str", "a string" }, { {}, "a table" }, { true, "true" },
  { print, "a function" }, { io.stdout, "a file userdata" }, { coroutine.create(print), "a thread" },
  { hv, "a Handle" }, { tv, "a CancelToken" }, { sv, "a Scope" },
}
tap.plan(#receivers)

local method = sv.spawn
for i = 1, #receivers do
  local c = receivers[i]
  if not rawequal(c[1], sv) then
    tap.raises(function() method(c[1], function() end) end, "bad argument #1 to 'spawn'",
               "Scope.spawn(" .. c[2] .. ") (ARGS-4)")
  else
    tap.raises(function() method(c[1], function() end) end, "scope is closed",
               "Scope.spawn on its own closed Scope fails only because it is closed (SCOPE-9)")
  end
end
