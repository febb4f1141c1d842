--[[---
clause: CLOSE-4, CLOSE-5
description: when several close handlers raise during an abort, all run and the last error raised is the one kept
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local log = tap.log()
local h = task.spawn(function()
  local _a <close> = setmetatable({}, { __close = function() log("a"); error("from a", 0) end })
  local _b <close> = setmetatable({}, { __close = function() log("b"); error("from b", 0) end })
  task.sleep(tap.ms(10000))
end)
task.yield()
h:abort()
log:is({ "b", "a" }, "both handlers ran, innermost first (CLOSE-5)")
local ok, e = pcall(h.join, h)
tap.ok(not ok and e == "from a", "the last error raised is kept (CLOSE-4)")
