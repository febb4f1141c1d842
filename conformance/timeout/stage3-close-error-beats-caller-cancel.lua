--[[---
clause: TIMEOUT-18, TIMEOUT-9, CLOSE-4, TIMEOUT-7
description: when the caller's scope was cancelled during the grace period and stage 3 aborts a body whose <close> handler raises, with_timeout re-raises that handler's error value - not "task cancelled", not the timeout - at deadline + grace
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

-- A root task cancels the caller's scope at deadline + grace / 2.
local D, G = tap.ms(100), tap.ms(120)
local cleanup_err = { "cleanup failed" }
local w, outer, returned_at, handler_arg
w = task.spawn(function()
  local res
  task.scope(function(s)
    outer = s
    res = table.pack(pcall(task.with_timeout, D, function()
      local _ <close> = setmetatable({}, { __close = function(_, err)
        handler_arg = err
        error(cleanup_err)
      end })
      while true do pcall(task.yield) end
    end, { grace_ms = G }))
    returned_at = w:elapsed()
  end)
  return table.unpack(res, 1, res.n)
end)
task.spawn(function() task.sleep(D + G / 2); outer:cancel() end)
local ok, e = w:join()
tap.is(ok, false, "with_timeout raised")
tap.ok(rawequal(e, cleanup_err),
       "it re-raised the <close> handler's error itself, which beats the caller's cancellation " ..
       "(TIMEOUT-18, TIMEOUT-7, CLOSE-4); got " .. tap.repr(e))
tap.is(handler_arg, nil, "the handler ran as an abort's handler, with nil (CLOSE-6)")
tap.at(returned_at, D + G, "at deadline + grace, after stage 3 (TIMEOUT-22, TIMEOUT-24)")
