--[[---
clause: ARGS-3, ARGS-9
description: scope rejects every name that is neither a string nor nil with "bad argument #1 to 'scope'", before the body runs
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
tap.plan(#values + 1)

local ran = 0
for i = 1, #values do
  local c = values[i]
  tap.raises(function() task.scope(c[1], function() ran = ran + 1 end) end, "bad argument #1 to 'scope'",
             "scope(" .. c[2] .. ", f) (ARGS-3)")
end
tap.is(ran, 0, "no body ran (ARGS-9)")
