--[[---
clause: ERRORS-1
description: every misuse raises a Lua error that pcall catches - nothing crashes, and the runtime goes on
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

local saved
task.scope(function(s) saved = s end)
local h = task.spawn(function() end)
local misuses = {
  { "spawn into a closed scope", function() saved:spawn(print) end },
  { "self-join", function()
      local me
      me = task.spawn(function() return pcall(me.join, me) end)
      local ok = me:join()
      if not ok then error("self-join raised", 0) end
    end },
  { "sleep inside a user coroutine", function() coroutine.wrap(function() task.sleep(1) end)() end },
  { "join of a sleeping task inside a user coroutine", function()
      local s2 = task.spawn(function() task.sleep(tap.ms(10)) end)
      coroutine.wrap(function() s2:join() end)()
    end },
  { "scope inside a user coroutine", function() coroutine.wrap(function() task.scope(print) end)() end },
  { "method on a number", function() h.join(1) end },
  { "method on nil", function() h.abort(nil) end },
}
if tap.has("nested-suspend") then
  table.remove(misuses, 5); table.remove(misuses, 4); table.remove(misuses, 3)
end
tap.plan(#misuses + 1)

for _, m in ipairs(misuses) do
  local ok = pcall(m[2])
  tap.is(ok, false, m[1] .. " raised a catchable error (ERRORS-1)")
end
task.sleep(tap.ms(15))
tap.is(task.scope(function() return "alive" end), "alive", "the runtime still works (ERRORS-1)")
