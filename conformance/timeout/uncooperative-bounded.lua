--[[---
clause: TIMEOUT-5
description: a body and a child that swallow every cancellation are aborted after the grace period
features: []
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

tap.plan(7)

-- Real time: once cancelled, the loops below never wait on a timer again,
-- so a virtual clock would never reach the end of the grace period.
local closed = 0
local child
local w = task.spawn(function()
  return pcall(task.with_timeout, tap.ms(50), function(s)
    child = s:spawn(function()
      while true do pcall(task.sleep, tap.ms(1)) end
    end)
    local _ <close> = setmetatable({}, { __close = function() closed = closed + 1 end })
    while true do pcall(task.sleep, tap.ms(1)) end
  end, { grace_ms = tap.ms(200) })
end)
local ok, e = w:join()
tap.is(ok, false, "with_timeout raised (TIMEOUT-2)")
tap.like(e, "timed out", "it reports the timeout (TIMEOUT-2)")
tap.cmp_ok(w:elapsed(), ">=", tap.ms(250), "the grace period was waited out in full first (TIMEOUT-4)")
tap.cmp_ok(w:elapsed(), "<", tap.ms(250 + 3000), "with_timeout returned within deadline + grace + epsilon (TIMEOUT-5)")
tap.ok(child:is_finished(), "the uncooperative child was ended (TIMEOUT-5)")
local okc, ec = pcall(child.join, child)
tap.ok(not okc and tostring(ec):find("task aborted", 1, true), "by a hard abort (TIMEOUT-5, ABORT-5)")
tap.is(closed, 1, "the aborted body's <close> variable was closed once (CLOSE-1)")
