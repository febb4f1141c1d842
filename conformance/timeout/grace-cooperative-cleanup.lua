--[[---
clause: TIMEOUT-4
description: during the grace period a cooperative child finishes its cleanup; with_timeout returns once all are done
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local log = tap.log()
local child
local w = task.spawn(function()
  return pcall(task.with_timeout, tap.ms(30), function(s)
    child = s:spawn(function()
      local ok, e = pcall(task.sleep, tap.ms(10000))
      if not ok and tap.is_cancel(e) then log("child cancelled") end
      for i = 1, 3 do pcall(task.yield); log("child cleanup " .. i) end
      return "child cleaned up"
    end)
    local ok, e = pcall(task.sleep, tap.ms(10000))
    log("body cleanup")
    if not ok then error(e, 0) end
  end, { grace_ms = tap.ms(5000) })
end)
local ok, e = w:join()
tap.is(ok, false, "with_timeout raised (TIMEOUT-2)")
tap.like(e, "timed out", "it reports the timeout (TIMEOUT-2)")
tap.ok(log:has("child cleanup 3"), "the child's cleanup ran to its end (TIMEOUT-4)")
tap.ok(log:has("body cleanup"), "the body's cleanup ran (TIMEOUT-4)")
tap.is(child:join(), "child cleaned up", "the child ended normally, it was not aborted (TIMEOUT-4)")
tap.cmp_ok(w:elapsed(), "<", tap.ms(2500),
           "with_timeout returned once everyone finished, without waiting out the 5 s grace (TIMEOUT-4)")
