--[[---
clause: ARGS-2
description: with_timeout rejects every non-function body with "bad argument #2 to 'with_timeout'"
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
tap.plan(#values)

for i = 1, #values do
  local c = values[i]
  tap.raises(function() task.with_timeout(tap.ms(1000), c[1]) end, "bad argument #2 to 'with_timeout'",
             "with_timeout(ms, " .. c[2] .. ") (ARGS-2)")
end
