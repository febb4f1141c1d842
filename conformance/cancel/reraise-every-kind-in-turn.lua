--[[---
clause: CANCEL-1, CANCEL-3
description: after one swallowed cancellation every other kind of checkpoint raises in turn
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

local kinds = {
  { "checkpoint", function() task.checkpoint() end },
  { "yield", function() task.yield() end },
  { "sleep(ms)", function() task.sleep(tap.ms(10000)) end },
  { "sleep(0)", function() task.sleep(0) end },
  { "scope entry", function() task.scope(function() error("scope body ran", 0) end) end },
  { "with_timeout entry", function() task.with_timeout(tap.ms(1000), function() error("body ran", 0) end) end },
  { "CancelToken:check", function(s) s:token():check() end },
  { "join while waiting", function(_, target) target:join() end },
}
tap.plan(#kinds + 2)

local target = task.spawn(function() task.sleep(tap.ms(300)); return "done" end)
local results = {}
local h
task.scope(function(s)
  h = s:spawn(function()
    pcall(task.sleep, tap.ms(10000))
    for i, k in ipairs(kinds) do
      local ok, e = pcall(k[2], s, target)
      results[i] = (not ok) and e
    end
    return "end"
  end)
  task.sleep(tap.ms(20))
  s:cancel()
end)
tap.is(h:join(), "end", "the task swallowed every cancellation and returned (CANCEL-3)")
for i, k in ipairs(kinds) do
  tap.ok(results[i] and tap.is_cancel(results[i]),
         k[1] .. " raised the cancellation error after earlier ones were swallowed (CANCEL-1, CANCEL-3)")
end
tap.is(target:join(), "done", "the target of the failed join still finished normally (CANCEL-6)")
