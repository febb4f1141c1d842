--[[---
clause: CLOSE-1
description: a hundred tasks ending in every way - return, error, cancel, abort - each close their variable exactly once
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local counts = {}
local hs = {}
task.scope(function(s)
  for i = 1, 100 do
    hs[i] = s:spawn(function()
      local _ <close> = setmetatable({}, { __close = function() counts[i] = (counts[i] or 0) + 1 end })
      local kind = i % 4
      if kind == 0 then return i end
      if kind == 1 then task.yield(); error("e" .. i, 0) end
      task.sleep(tap.ms(10000))
    end)
  end
  task.sleep(tap.ms(5))
  for i = 2, 100, 4 do hs[i]:abort() end
  s:cancel()
end)
task.sleep(tap.ms(5))
local once = 0
for i = 1, 100 do if counts[i] == 1 then once = once + 1 end end
tap.is(once, 100, "every task closed its variable exactly once (CLOSE-1)")
local again = 0
for i = 1, 100 do if counts[i] ~= 1 then again = again + 1 end end
tap.is(again, 0, "none was closed twice or never (CLOSE-1)")
