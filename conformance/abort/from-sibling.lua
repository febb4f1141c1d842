--[[---
clause: ABORT-1, ABORT-7
description: a task can abort its sibling; the scope, the aborter and other siblings are unaffected
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
local victim, third
local r = task.scope(function(s)
  victim = s:spawn(function() task.sleep(tap.ms(30)); log("victim woke") end)
  s:spawn(function() task.yield(); victim:abort(); log("aborter done") end)
  third = s:spawn(function() task.sleep(tap.ms(40)); log("third woke"); return task.current().cancelled end)
  return s:token()
end)
log:is({ "aborter done", "third woke" }, "the victim never woke; the others ran (ABORT-1, ABORT-7)")
tap.is(r:is_cancelled(), false, "the scope was not cancelled by the abort (ABORT-7)")
tap.is(third:join(), false, "the third sibling was never cancelled (ABORT-7)")
tap.raises(function() victim:join() end, "task aborted", "the victim reports the abort (ABORT-5)")
tap.ok(victim:is_finished(), "and is finished (ABORT-1)")
