--[[---
clause: HOST-3
description: failures in spawned tasks nobody joins do not change the exit status (the harness checks it is 0)
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

-- The host reports these on stderr; stdout stays plain TAP and it exits 0.
task.spawn(function() error("unjoined failure, reported by the host on stderr", 0) end)
task.spawn(function() task.sleep(tap.ms(10)); error({ "a table error nobody joins" }) end)
task.scope(function(s)
  s:spawn(function() task.sleep(tap.ms(10000)) end) -- ends cancelled, nobody joins
  task.yield()
  s:cancel()
end)
local before = task.current()
task.sleep(tap.ms(30))
-- Reaching this line is the point: an unjoined failure does not end the
-- main chunk; the host's exit status 0 is prove's to check (HOST-3).
tap.is(before, nil, "the main chunk runs on after the failures, as the main chunk (HOST-3)")
tap.lives(function() task.spawn(function() end):join() end,
          "and std.task still works there (HOST-3)")
task.spawn(function()
  task.sleep(tap.ms(10))
  tap.pass("and so does the root drain after main returned (HOST-3)")
end)
