--[[---
clause: JOIN-2, ERRORS-4
description: join raises error values of every type unchanged - boolean, function, thread, float, nil
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

local fn = function() end
local cases = {
  { false, "false" }, { true, "true" }, { fn, "a function" },
  { coroutine.create(fn), "a thread" }, { 0.5, "a float" }, { math.maxinteger, "an integer" },
}
tap.plan(#cases + 1)

for _, c in ipairs(cases) do
  local h = task.spawn(function() task.yield(); error(c[1], 0) end)
  local ok, e = pcall(h.join, h)
  tap.ok(ok == false and rawequal(e, c[1]) and math.type(e) == math.type(c[1]),
         "join raised " .. c[2] .. " unchanged (JOIN-2)")
end
local hn = task.spawn(function() error(nil) end)
local r = table.pack(pcall(hn.join, hn))
tap.ok(r[1] == false and r[2] == nil, "error(nil) arrives as nil (JOIN-2)")
