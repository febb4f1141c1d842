--[[---
clause: ROOT-8, HOST-13, ROOT-9, HOST-14
description: a main chunk joining a task that waits on a join of a task waiting on it never exits 0
features: []
flags: [spawns-host]
---]]
local tap = require "tap"
if not tap.needs_host() then return end

local run = tap.run_script

-- ROOT-8 (MUST): never exit 0. ROOT-9 and HOST-14 (SHOULD): detect the
-- deadlock, report it and exit 1 at once; a host that cannot detect it
-- hangs, which satisfies ROOT-8: the child is killed after LIMIT seconds
-- and the SHOULD points are TODO failures.
local limit = 10 * tap.scale
tap.plan(5)

local r = run([[
local task = std.task
local h
h = task.spawn(function()
  local g = task.spawn(function() h:join() end)
  g:join()
end)
h:join()
]], { limit = limit })
tap.ok(r.how == "exit" or r.timed_out, "the host exited with a status or hung; it was not killed by a signal (HOST-13)")
tap.ok(r.code ~= 0, "the main chunk in the cycle: the exit status is not 0 (ROOT-8)")
tap.should("ROOT-9", function()
  tap.ok(not r.timed_out, "the host detected the deadlock and ended by itself within " .. limit .. " s (ROOT-9)")
  tap.ok(r.err:match("%S") ~= nil, "it reported the stuck fibers on standard error (ROOT-9)")
end)
tap.should("HOST-14", function()
  tap.is(r.code, 1, "with status 1 (HOST-14)")
end)
