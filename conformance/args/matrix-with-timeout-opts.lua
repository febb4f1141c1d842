--[[---
clause: ARGS-2, ARGS-15
description: with_timeout rejects every opts that is neither a table nor nil with "bad argument #3 to 'with_timeout'"
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
tap.plan(#values + 1)

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
for i = 1, #values do
  local c = values[i]
  check(c, function() task.with_timeout(tap.ms(1000), function() ran = ran + 1 end, c[1]) end,
        "bad argument #3 to 'with_timeout'", "with_timeout(ms, f, " .. c[2] .. ") (ARGS-2)")
end
tap.is(ran, accepted, "no rejected call ran its body (ARGS-2)")
