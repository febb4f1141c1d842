--[[---
clause: ARGS-1, ARGS-12
description: spawn rejects every opts.driver that is neither a string nor nil, at the position of opts (#2)
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
  { true, "true" }, { false, "false" }, { 42, "42" }, { 0 / 0, "NaN" }, { math.huge, "+inf" }, { -1, "-1" },
  { 0.5, "0.5" }, { {}, "a table" }, { f, "a function" }, { io.stdout, "a file userdata" },
  { h0, "a Handle" }, { tok0, "a CancelToken" }, { scope0, "a Scope" }, { coroutine.create(f), "a thread" },
}
tap.plan(#values * 2 + 1)

local ran = 0
local function g() ran = ran + 1 end
for i = 1, #values do
  local c = values[i]
  tap.raises(function() task.spawn(g, { driver = c[1] }) end, "bad argument #2 to 'spawn'",
             "spawn(f, {driver = " .. c[2] .. "}) (ARGS-1, ARGS-12)")
end
task.scope(function(s)
  for i = 1, #values do
    local c = values[i]
    tap.raises(function() s:spawn(g, { driver = c[1] }) end, "bad argument #2 to 'spawn'",
               "s:spawn(f, {driver = " .. c[2] .. "}) (ARGS-1, ARGS-12)")
  end
end)
tap.is(ran, 0, "no rejected call ran its function (ARGS-9)")
