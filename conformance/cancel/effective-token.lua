--[[---
clause: CANCEL-5, CURRENT-3
description: a task observes the token of its innermost own scope, else of the scope it was spawned into
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local root_task = task.spawn(function()
  task.sleep(tap.ms(40))
  local ok = pcall(task.checkpoint)
  return ok, task.current().cancelled
end)

local in_scope
local seen = {}
task.scope(function(s)
  in_scope = s:spawn(function()
    pcall(task.sleep, tap.ms(10000))
    seen.cancelled = task.current().cancelled
    seen.checkpoint = pcall(task.checkpoint)
    -- an inner scope of its own: its token is a child of the cancelled one
    local ok, e = pcall(task.scope, function() end)
    seen.inner = (not ok) and tap.is_cancel(e)
  end)
  task.sleep(tap.ms(10))
  s:cancel()
end)
in_scope:join()
tap.is(seen.cancelled, true, "a task spawned into the cancelled scope sees cancelled = true (CANCEL-5)")
tap.is(seen.checkpoint, false, "its checkpoint raised (CANCEL-5)")
tap.is(seen.inner, true, "opening a scope there raised too: the inner token is a child (CANCEL-5)")

local ok, cancelled = root_task:join()
tap.is(ok, true, "a root task was not affected by that scope's cancel (CANCEL-5)")
tap.is(cancelled, false, "its current().cancelled stayed false (CANCEL-5)")

local nested = task.spawn(function()
  local r = {}
  task.scope(function(a)
    task.scope(function(b)
      b:cancel()
      r.in_b = task.current().cancelled
    end)
    r.back_in_a = task.current().cancelled
    r.a_ok = pcall(task.checkpoint)
    a:token() -- still usable
  end)
  return r
end)
tap.is_deeply(nested:join(), { in_b = true, back_in_a = false, a_ok = true },
              "leaving the cancelled inner scope restores the outer token (CANCEL-5, CANCEL-8)")
