--[[---
clause: ARGS-3, ARGS-9
description: scope rejects every non-function body, alone or after a name, before running anything
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

local h0 = task.spawn(function() end)
local tok0 = task.cancel_token()
local scope0
task.scope(function(s) scope0 = s end)
local values = {
  { true, "true" }, { false, "false" }, { 42, "42" }, { 0 / 0, "NaN" }, { math.huge, "+inf" }, { -1, "-1" },
  { 0.5, "0.5" }, { {}, "a table" }, { io.stdout, "a file userdata" }, { h0, "a Handle" }, { tok0, "a CancelToken" },
  { scope0, "a Scope" }, { coroutine.create(print), "a thread" },
}
tap.plan(#values * 2 + 2)

for i = 1, #values do
  local c = values[i]
  tap.raises(function() task.scope(c[1]) end, "bad argument #1 to 'scope'", "scope(" .. c[2] .. ") (ARGS-3)")
  tap.raises(function() task.scope("name", c[1]) end, "bad argument #2 to 'scope'",
             "scope(\"name\", " .. c[2] .. ") (ARGS-3)")
end
tap.raises(function() task.scope() end, "bad argument #1 to 'scope'", "scope() (ARGS-3)")
tap.raises(function() task.scope(nil, nil) end, "bad argument #2 to 'scope'", "scope(nil, nil) (ARGS-3)")
