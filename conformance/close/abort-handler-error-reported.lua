--[[---
clause: CLOSE-4
description: an error raised by a <close> handler during an abort is what join raises - a cleanup error is never lost
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local E = {}
local h = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function() error(E) end })
  task.sleep(tap.ms(10000))
end)
task.sleep(tap.ms(10))
h:abort()
local ok, e = pcall(h.join, h)
tap.is(ok, false, "join raised (CLOSE-4)")
tap.ok(rawequal(e, E), "the handler's error, the same table, rather than \"task aborted\" (CLOSE-4)")

local s = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function() task.sleep(tap.ms(10)) end })
  task.sleep(tap.ms(10000))
end)
task.sleep(tap.ms(10))
s:abort()
local ok2, e2 = pcall(s.join, s)
tap.is(ok2, false, "a handler that tried to suspend during the abort: join raised (CLOSE-3, CLOSE-4)")
tap.ok(e2 ~= nil, "with the error its suspension raised (CLOSE-4)")
