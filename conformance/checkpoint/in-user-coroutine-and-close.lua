--[[---
clause: CHECKPOINT-3
description: checkpoint works inside user coroutines and in close handlers run by an abort - it never complains about suspending
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local r = {}
local h = task.spawn(function()
  local co = coroutine.wrap(function() task.checkpoint(); return "co ok" end)
  r.co = co()
  local st
  task.scope(function(s)
    s:cancel()
    local co2 = coroutine.wrap(function() return pcall(task.checkpoint) end)
    local ok, e = co2()
    st = (not ok) and tap.is_cancel(e)
  end)
  r.co_cancel = st
end)
h:join()
tap.is(r.co, "co ok", "checkpoint returns normally inside a user coroutine (CHECKPOINT-3)")
tap.is(r.co_cancel, true, "and raises the cancellation error there when cancelled (CHECKPOINT-3)")
local seen
local v = task.spawn(function()
  local _ <close> = setmetatable({}, { __close = function()
    seen = table.pack(pcall(task.checkpoint))
  end })
  task.sleep(tap.ms(10000))
end)
task.yield()
v:abort()
tap.ok(seen ~= nil, "the close handler ran (CLOSE-1)")
-- An abort is not a cancellation (ABORT-1): nothing cancelled the task's
-- token, so the checkpoint returns, with no value (CANCEL-1).
tap.is_deeply(seen, { n = 1, true },
              "checkpoint in a close handler run by an abort returns normally (CHECKPOINT-3, CANCEL-1)")
