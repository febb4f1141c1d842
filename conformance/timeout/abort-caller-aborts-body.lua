--[[---
clause: ABORT-4, ABORT-13, CLOSE-1
description: aborting a task inside with_timeout hard-aborts the body and its children; nothing runs again
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
local closes = { body = 0, child = 0 }
local kid
local t = task.spawn(function()
  task.with_timeout(tap.ms(5000), function(s)
    kid = s:spawn(function()
      local _ <close> = setmetatable({}, { __close = function() closes.child = closes.child + 1 end })
      pcall(task.sleep, tap.ms(10000))
      log("child resumed")
    end)
    local _ <close> = setmetatable({}, { __close = function() closes.body = closes.body + 1 end })
    pcall(task.sleep, tap.ms(10000))
    log("body resumed")
  end)
  log("caller resumed")
end)
task.sleep(tap.ms(20))
t:abort()
task.sleep(tap.ms(20))
tap.is(log:len(), 0, "neither the body, the child nor the caller ran again (ABORT-4)")
tap.is(closes.body, 1, "the body's <close> variable was closed once (CLOSE-1)")
tap.is(closes.child, 1, "the child's once (CLOSE-1)")
local ok, e = pcall(kid.join, kid)
tap.ok(not ok and tostring(e):find("task aborted", 1, true), "the child was aborted (ABORT-4)")
local okt, et = pcall(t.join, t)
tap.ok(not okt and tostring(et):find("task aborted", 1, true), "the caller reports the abort (ABORT-5)")
