--[[---
clause: MS-2, MS-5
description: every finite value up to 1e9 ms is accepted by sleep, with_timeout, grace_ms and coroutine.yield(ms)
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local function sleeps(fn, opts)
  local h = task.spawn(fn, opts)
  task.yield()
  task.yield()
  local alive = not h:is_finished()
  h:abort()
  local ok, e = pcall(h.join, h)
  return alive and not ok and tostring(e):find("task aborted", 1, true) ~= nil, e
end

tap.ok(sleeps(function() task.sleep(1e9) end), "sleep(1e9) is accepted: the task was sleeping (MS-2)")
tap.ok(sleeps(function() task.sleep(1000000000) end), "sleep(1000000000) as an integer too (MS-2)")
tap.ok(sleeps(function() coroutine.yield(1e9) end, { driver = "coroutine" }),
       "coroutine.yield(1e9) in the coroutine driver is accepted (MS-5)")
tap.is(task.with_timeout(1e9, function() return "quick" end), "quick",
       "with_timeout(1e9, fn) is accepted (MS-5)")
tap.is(task.with_timeout(tap.ms(1000), function() return "quick" end, { grace_ms = 1e9 }), "quick",
       "grace_ms = 1e9 is accepted (MS-5)")
tap.is(task.with_timeout(tap.ms(1000), function() return "zero" end, { grace_ms = 0 }), "zero",
       "grace_ms = 0 is accepted (MS-5)")
