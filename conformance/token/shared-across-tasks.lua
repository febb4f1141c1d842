--[[---
clause: TOKEN-1, TOKEN-3
description: a standalone token passed to several tasks lets them poll for a stop request
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local stop = task.cancel_token()
local workers = {}
for i = 1, 3 do
  workers[i] = task.spawn(function()
    local rounds = 0
    while not stop:is_cancelled() do
      rounds = rounds + 1
      task.sleep(tap.ms(5))
    end
    return rounds
  end)
end
task.sleep(tap.ms(30))
stop:cancel()
local all_ran, all_stopped = true, true
for i = 1, 3 do
  local ok, rounds = pcall(workers[i].join, workers[i])
  if not ok then all_stopped = false elseif rounds < 1 then all_ran = false end
end
tap.ok(all_stopped, "every worker returned normally: polling a standalone token raises nothing (TOKEN-1)")
tap.ok(all_ran, "every worker ran rounds before the stop request (TOKEN-3)")

local checker = task.spawn(function()
  while true do
    task.sleep(tap.ms(5))
    stop:check()
  end
end)
local ok, e = pcall(checker.join, checker)
tap.is(ok, false, "a worker calling check() on the cancelled token ended with an error (TOKEN-4)")
tap.ok(tap.is_cancel(e), "the cancellation error (TOKEN-4)")
