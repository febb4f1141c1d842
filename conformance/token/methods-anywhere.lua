--[[---
clause: TOKEN-11
description: token methods work from user coroutines, close handlers, other tasks and after the owning scope closed
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local saved
task.scope(function(s) saved = s:token() end)
local co = coroutine.wrap(function() return saved:is_cancelled(), pcall(saved.check, saved) end)
local c, ok = co()
tap.ok(c == false and ok == true, "is_cancelled and check inside a user coroutine, after the scope closed (TOKEN-11)")
local co2 = coroutine.wrap(function() saved:cancel(); return saved:is_cancelled() end)
tap.is(co2(), true, "cancel inside a user coroutine (TOKEN-11)")
local st = task.cancel_token()
local seen
local v = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function()
    st:cancel(); seen = { st:is_cancelled(), pcall(st.check, st) }
  end })
  task.sleep(tap.ms(10000))
end)
task.yield()
v:abort()
tap.is(seen and seen[1], true, "cancel and is_cancelled in a close handler run by an abort (TOKEN-11)")
tap.is(seen and seen[2], false, "check raises there (TOKEN-11)")
local h = task.spawn(function() return saved:is_cancelled() end)
tap.is(h:join(), true, "from another task (TOKEN-11)")
