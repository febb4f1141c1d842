--[[---
clause: DRIVER-6
description: scope and with_timeout inside a plain coroutine refuse at entry, before running their body
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

if tap.has("nested-suspend") then
  tap.skip_all("host claims nested-suspend")
  return
end
tap.plan(4)

local h = task.spawn(function()
  local ran = {}
  local ok1 = coroutine.resume(coroutine.create(function()
    task.scope(function() ran.scope = true end)
  end))
  local ok2 = coroutine.resume(coroutine.create(function()
    task.with_timeout(tap.ms(1000), function() ran.timeout = true end)
  end))
  return ok1, ok2, ran
end)
local ok1, ok2, ran = h:join()
tap.is(ok1, false, "scope inside a coroutine raised (DRIVER-6)")
tap.is(ok2, false, "with_timeout inside a coroutine raised (DRIVER-6)")
tap.is(ran.scope, nil, "the scope body never ran (DRIVER-6)")
tap.is(ran.timeout, nil, "the with_timeout body never ran (DRIVER-6)")
