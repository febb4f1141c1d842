--[[---
clause: TIMEOUT-13, TIMEOUT-2
description: the timeout error is a Lua string containing "timed out", from a task and from the main chunk
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local ok, e = pcall(task.with_timeout, tap.ms(5), function() task.sleep(tap.ms(10000)) end)
tap.is(ok, false, "with_timeout raised (TIMEOUT-2)")
tap.is(type(e), "string", "a string (TIMEOUT-13)")
local h = task.spawn(function()
  local ok2, e2 = pcall(task.with_timeout, tap.ms(5), function() task.sleep(tap.ms(10000)) end)
  return ok2, e2
end)
local ok2, e2 = h:join()
tap.is(type(e2), "string", "a string in a task too (TIMEOUT-13)")
tap.ok(not ok2 and e2:find("timed out", 1, true), "containing \"timed out\" (TIMEOUT-2)")
