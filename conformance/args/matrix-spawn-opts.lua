--[[---
clause: ARGS-1, ARGS-15
description: spawn rejects every opts that is neither a table nor nil with "bad argument #2 to 'spawn'"
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
  { h0, "a Handle", true }, { tok0, "a CancelToken", true }, { scope0, "a Scope", true },
  { coroutine.create(f), "a thread" },
}
tap.plan(#values + 2)

-- A std.task object that is a table (a host written in Lua) is an options
-- table as far as ARGS-1/ARGS-2 go: refusing it is then ARGS-15, a SHOULD
-- (a TODO point), and a call that accepts it may run its function.
local accepted = 0
local function check(c, call, sub, desc)
  if c[3] and type(c[1]) == "table" then
    tap.should("ARGS-15", function()
      if tap.raises(call, sub, desc .. " (ARGS-15)") == nil then accepted = accepted + 1 end
    end)
  else
    tap.raises(call, sub, desc)
  end
end

local ran = 0
local function g() ran = ran + 1 end
for i = 1, #values do
  local c = values[i]
  check(c, function() task.spawn(g, c[1]) end, "bad argument #2 to 'spawn'", "spawn(f, " .. c[2] .. ") (ARGS-1)")
end
tap.lives(function() task.spawn(g, nil); task.spawn(g, {}) end, "nil and {} are accepted (SPAWN-1)")
task.yield()
tap.is(ran, 2 + accepted, "only the accepted calls ran their function (ARGS-9)")
