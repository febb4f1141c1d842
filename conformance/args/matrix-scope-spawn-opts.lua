--[[---
clause: ARGS-1, ARGS-7
description: Scope:spawn rejects every opts that is neither a table nor nil with "bad argument #2 to 'spawn'"
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

local h0 = task.spawn(function() end)
local tok0 = task.cancel_token()
local scope0
task.scope(function(s) scope0 = s end)
local f = function() end
local values = {
  { true, "true" }, { false, "false" }, { "name", "a string" }, { 42, "42" }, { 0 / 0, "NaN" },
  { math.huge, "+inf" }, { -1, "-1" }, { 0.5, "0.5" }, { f, "a function" }, { io.stdout, "a file userdata" },
  { h0, "a Handle" }, { tok0, "a CancelToken" }, { scope0, "a Scope" }, { coroutine.create(f), "a thread" },
}
tap.plan(#values + 1)

local ran = 0
task.scope(function(s)
  for i = 1, #values do
    local c = values[i]
    tap.raises(function() s:spawn(function() ran = ran + 1 end, c[1]) end, "bad argument #2 to 'spawn'",
               "s:spawn(f, " .. c[2] .. ") (ARGS-1)")
  end
end)
tap.is(ran, 0, "no rejected call ran its function (ARGS-9)")
