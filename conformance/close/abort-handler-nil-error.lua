--[[---
clause: CLOSE-6
description: close handlers run by an abort receive nil as their error argument
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local args = {}
local h = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function(_, e) args.n = select("#", e); args.e = e end })
  task.sleep(tap.ms(10000))
end)
task.yield()
h:abort()
tap.ok(args.n ~= nil, "the handler ran (CLOSE-1)")
tap.is(args.e, nil, "its error argument is nil (CLOSE-6)")
local st = {}
pcall(task.with_timeout, tap.ms(10), function()
  local _ <close> = setmetatable({}, { __close = function(_, e) st.ran = true; st.e = e end })
  task.sleep(tap.ms(10000))
end, { grace_ms = 0 })
tap.ok(st.ran and st.e == nil, "also when stage 3 aborts a with_timeout body (CLOSE-6, ABORT-17)")
