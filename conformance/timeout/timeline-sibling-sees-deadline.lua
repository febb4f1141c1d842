--[[---
clause: TIMEOUT-3, TIMEOUT-15, TIMEOUT-22, CANCEL-13
description: a task outside the scope waking just before the deadline sees nothing cancelled; one waking just after sees the token cancelled and every member already woken
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(8)

-- Just before / just after: 1 ms under the virtual clock (exact), the
-- lateness margin in real time.
local D = tap.ms(200)
local eps = tap.virtual() and 1 or tap.late
local log = tap.log()
local scope_obj, caller
local woke = {}
caller = task.spawn(function()
  return pcall(task.with_timeout, D, function(s)
    scope_obj = s
    s:spawn(function()
      local ok = pcall(task.sleep, tap.ms(60000))
      woke.child = caller:elapsed()
      log(ok and "child slept" or "child cancelled")
    end)
    local ok = pcall(task.sleep, tap.ms(60000))
    woke.body = caller:elapsed()
    log(ok and "body slept" or "body cancelled")
  end, { grace_ms = tap.ms(60000) })
end)

local probe = task.spawn(function()
  task.sleep(D - eps)
  local before = { cancelled = scope_obj:token():is_cancelled(), n = log:len() }
  task.sleep(eps + eps)
  local after = { cancelled = scope_obj:token():is_cancelled(), events = log:str() }
  return before, after
end)
local before, after = probe:join()
tap.is(before.cancelled, false, "just before the deadline the scope's token is not cancelled (TIMEOUT-15)")
tap.is(before.n, 0, "just before the deadline no member has been woken (TIMEOUT-15)")
tap.is(after.cancelled, true, "just after the deadline a task outside the scope sees its token cancelled (TIMEOUT-3)")
tap.ok(after.events:find("body cancelled", 1, true) and after.events:find("child cancelled", 1, true),
       "just after the deadline the body and the child were woken by the cancellation and already ran (CANCEL-13)")
tap.at(woke.body, D, "the body's sleep raised at the deadline (TIMEOUT-22)")
tap.at(woke.child, D, "the child's sleep raised at the deadline (TIMEOUT-22)")
local ok, e = caller:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout raised \"timed out\" (TIMEOUT-2)")
tap.at(caller:elapsed(), D, "it returned at the deadline, once both had ended (TIMEOUT-4, TIMEOUT-22)")
