--[[---
clause: TIMEOUT-26, TIMEOUT-19, CLOSE-9
description: a task spawned into the scope by the body's own <close> handler during stage 3 (the body is aborted last) is aborted before it starts, and with_timeout returns after it finished
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local late, ran = nil, false
local ok, e = pcall(task.with_timeout, tap.ms(30), function(s)
  local _ <close> = setmetatable({}, { __close = function()
    late = s:spawn(function() ran = true end)
  end })
  s:spawn(function() while true do pcall(task.sleep, tap.ms(7)) end end)
  while true do pcall(task.sleep, tap.ms(7)) end
end, { grace_ms = 0 })
local finished_then = late ~= nil and late:is_finished()
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout timed out (TIMEOUT-2)")
tap.is(finished_then, true, "the task the body's handler spawned had finished when with_timeout returned (TIMEOUT-19)")
task.sleep(tap.ms(10))
tap.is(ran, false, "its function never ran (TIMEOUT-26)")
local okl, el = pcall(late.join, late)
tap.ok(not okl and tostring(el):find("task aborted", 1, true), "its join raises \"task aborted\" (TIMEOUT-26)")
