--[[---
clause: TIMEOUT-6, TIMEOUT-5
description: with grace_ms = 0 the body and children are hard-aborted right after the cancel
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(8)

local log = tap.log()
local closed = { body = 0, child = 0 }
local function closer(k)
  return setmetatable({}, { __close = function() closed[k] = closed[k] + 1 end })
end
local child
local w = task.spawn(function()
  return pcall(task.with_timeout, tap.ms(30), function(s)
    child = s:spawn(function()
      local _ <close> = closer("child")
      pcall(task.sleep, tap.ms(10000))
      log("child resumed")
    end)
    local _ <close> = closer("body")
    pcall(task.sleep, tap.ms(10000))
    log("body resumed")
    return "late"
  end, { grace_ms = 0 })
end)
local ok, e = w:join()
tap.is(ok, false, "with_timeout raised (TIMEOUT-2)")
tap.like(e, "timed out", "it reports the timeout (TIMEOUT-2)")
tap.is(log:has("child resumed"), false, "the child never ran again after the deadline (TIMEOUT-6)")
tap.is(log:has("body resumed"), false, "neither did the body (TIMEOUT-6, TIMEOUT-5)")
tap.is(closed.child, 1, "the child's <close> variable was closed once (CLOSE-1)")
tap.is(closed.body, 1, "the body's <close> variable was closed once (CLOSE-1)")
local okc, ec = pcall(child.join, child)
tap.ok(not okc and tostring(ec):find("task aborted", 1, true), "the child was aborted (TIMEOUT-6, ABORT-5)")
tap.cmp_ok(w:elapsed(), "<", tap.ms(900), "with_timeout returned at once, without a grace period (TIMEOUT-6)")
