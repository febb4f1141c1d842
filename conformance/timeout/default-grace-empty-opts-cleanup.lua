--[[---
clause: MS-11, HOST-4, TIMEOUT-4, TIMEOUT-5
description: with an opts table that omits grace_ms, a child whose cleanup takes 700 ms after the deadline completes it, and one whose cleanup would take 1300 ms is aborted at deadline + 1000 ms (the host default grace)
features: []
flags: [slow]
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

-- The default grace is the host's 1000 ms, in real milliseconds: not
-- scaled. A child "cleans up" by swallowing the cancellation until the
-- caller's clock reads deadline + its cleanup time. A timer outside the
-- scope at each of those instants lets a virtual clock get there (HOST-15).
local D, G = tap.ms(100), 1000
local w
local function at(t)  -- a root task waiting until the caller's clock reads t
  task.spawn(function() task.sleep(t - w:elapsed()) end)
end
local function cleaner(cleanup)
  return function()
    local ok = pcall(task.sleep, tap.ms(60000))
    while w:elapsed() < D + cleanup do pcall(task.yield) end
    return ok and "never cancelled" or "cleaned up"
  end
end

local quick, slow
w = task.spawn(function()
  return pcall(task.with_timeout, D, function(s)
    quick = s:spawn(cleaner(700))
    slow = s:spawn(cleaner(1300))
    task.sleep(tap.ms(60000))
  end, {})
end)
at(D + 700)
at(D + 1300)
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout raised \"timed out\" (TIMEOUT-2)")
local okq, rq = pcall(quick.join, quick)
tap.is_deeply({ okq, rq }, { true, "cleaned up" },
              "the 700 ms cleanup completed: the grace for opts without grace_ms is not shorter than " ..
              "1000 ms (MS-11, HOST-4, TIMEOUT-4)")
local oks, es = pcall(slow.join, slow)
tap.ok(not oks and tostring(es):find("task aborted", 1, true),
       "the 1300 ms cleanup was aborted: that grace is not longer than 1000 ms (MS-11, HOST-4, TIMEOUT-5)")
tap.at(w:elapsed(), D + G, "with_timeout returned at deadline + 1000 ms (TIMEOUT-22)")
tap.cmp_ok(quick:elapsed(), "<", slow:elapsed(), "the quick cleaner finished before the slow one was aborted")
tap.lives(function() task.checkpoint() end, "the caller is not cancelled (TIMEOUT-2)")
