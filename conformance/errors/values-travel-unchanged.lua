--[[---
clause: ERRORS-4
description: an error value crosses join, scope and with_timeout - nested in each other - with no wrapping and no prefix
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local err = setmetatable({}, { __tostring = function() return "custom error" end })
local h = task.spawn(function()
  return task.with_timeout(tap.ms(5000), function()
    return task.scope(function(s)
      local inner = s:spawn(function() task.yield(); error(err) end)
      return inner:join()
    end)
  end)
end)
local ok, e = pcall(h.join, h)
tap.is(ok, false, "the error came out (ERRORS-4)")
tap.ok(rawequal(e, err), "the very same table, through join, scope, with_timeout and join (ERRORS-4)")
local h2 = task.spawn(function()
  return task.scope(function() return task.with_timeout(tap.ms(5000), function() error("plain", 0) end) end)
end)
local _, e2 = pcall(h2.join, h2)
tap.is(e2, "plain", "a string arrives exactly as raised, with no position added (ERRORS-4)")
