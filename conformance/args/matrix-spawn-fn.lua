--[[---
clause: ARGS-1, ARGS-9
description: spawn rejects every non-function first argument with "bad argument #1 to 'spawn'" and creates no task
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
  { nil, "nil" }, { true, "true" }, { false, "false" }, { "print('x')", "a string of code" }, { 42, "42" },
  { 0 / 0, "NaN" }, { math.huge, "+inf" }, { -1, "-1" }, { 1e300, "1e300" }, { 0.5, "0.5" },
  { {}, "a table" }, { io.stdout, "a file userdata" }, { h0, "a Handle" }, { tok0, "a CancelToken" },
  { scope0, "a Scope" }, { coroutine.create(print), "a thread" },
}
tap.plan(#values + 1)

local before = task.spawn(function() end).id
for i = 1, #values do
  local c = values[i]
  tap.raises(function() task.spawn(c[1]) end, "bad argument #1 to 'spawn'", "spawn(" .. c[2] .. ") (ARGS-1)")
end
local after = task.spawn(function() end).id
tap.is(after, before + 1, "no task was created by a rejected call: ids are consecutive (ARGS-9)")
