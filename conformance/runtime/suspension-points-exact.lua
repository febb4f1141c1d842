--[[---
clause: RUNTIME-4, SPAWN-3
description: none of the non-suspending std.task calls lets another fiber run before it returns
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

local ran
local finished = task.spawn(function() return 1 end)
task.yield()
local tok = task.cancel_token()
local calls = {
  { "spawn", function() task.spawn(function() end) end },
  { "checkpoint", function() task.checkpoint() end },
  { "current", function() return task.current() end },
  { "cancel_token", function() return task.cancel_token() end },
  { "CancelToken:cancel", function() tok:cancel() end },
  { "CancelToken:is_cancelled", function() return tok:is_cancelled() end },
  { "Handle:is_finished", function() return finished:is_finished() end },
  { "Handle:elapsed", function() return finished:elapsed() end },
  { "Handle:join of a finished task", function() return finished:join() end },
  { "Handle:abort of a finished task", function() finished:abort() end },
  { "Scope:spawn, Scope:token, Scope:cancel", function()
      local saved
      task.scope(function(s) saved = s end)
      saved:token(); saved:cancel()
    end },
}
tap.plan(#calls)

for _, c in ipairs(calls) do
  ran = false
  task.spawn(function() ran = true end)
  c[2]()
  tap.is(ran, false, c[1] .. " did not let a ready task run (RUNTIME-4)")
  task.yield()
end
