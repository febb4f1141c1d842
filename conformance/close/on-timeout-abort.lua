--[[---
clause: CLOSE-1, TIMEOUT-5
description: <close> variables of a with_timeout body and its children are closed once when stage 3 aborts them
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local log = tap.log()
local function closer(name)
  return setmetatable({}, { __close = function() log(name) end })
end
local ok, e = pcall(task.with_timeout, tap.ms(20), function(s)
  local _outer <close> = closer("body outer")
  s:spawn(function()
    local _ <close> = closer("child")
    pcall(task.sleep, tap.ms(10000))
    task.sleep(tap.ms(10000)) -- would raise; never reached: aborted first
  end)
  local _inner <close> = closer("body inner")
  pcall(task.sleep, tap.ms(10000))
  task.sleep(tap.ms(10000))
end, { grace_ms = 0 })
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout raised \"timed out\" (TIMEOUT-2)")
local items = log:items()
table.sort(items)
tap.is_deeply(items, { "body inner", "body outer", "child" },
              "every pending <close> variable was closed exactly once (CLOSE-1)")
local bi, bo
for i, v in ipairs(log:items()) do
  if v == "body inner" then bi = i elseif v == "body outer" then bo = i end
end
tap.ok(bi and bo and bi < bo, "the body's were closed innermost first (CLOSE-5)")
