--[[---
clause: RUNTIME-1
description: fibers run one at a time - a fiber's code between two suspension points is never interleaved with another's
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local shared = 0
local torn = 0
local hs = {}
for i = 1, 20 do
  hs[i] = task.spawn(function()
    for _ = 1, 50 do
      local before = shared
      for _ = 1, 20 do shared = shared + 1 end
      if shared ~= before + 20 then torn = torn + 1 end
      task.yield()
    end
  end)
end
for i = 1, 20 do hs[i]:join() end
tap.is(torn, 0, "no other fiber ran inside a section without suspension points (RUNTIME-1)")
tap.is(shared, 20 * 50 * 20, "every increment happened (RUNTIME-1)")
