--[[---
clause: ARGS-4
description: Handle:elapsed called on every wrong receiver raises "bad argument #1 to 'elapsed'"
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

local method = hv.elapsed
for i = 1, #receivers do
  local c = receivers[i]
  if not rawequal(c[1], hv) then
    tap.raises(function() method(c[1]) end, "bad argument #1 to 'elapsed'",
               "Handle.elapsed(" .. c[2] .. ") (ARGS-4)")
  else
    tap.lives(function() method(c[1]) end, "Handle.elapsed on a Handle works (ARGS-4)")
  end
end
