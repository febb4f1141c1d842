--[[---
clause: ROOT-8, HOST-13
description: a scope drain waiting on a child that joins the owner of the scope never exits 0
features: []
flags: []
---]]
local tap = require "tap"

-- Child scripts run on the same host through tap.run_script.
local run = tap.run_script

-- A host that cannot detect a deadlock hangs (the contract allows that, and
-- the harness's time limit then fails this script); timeout(1), when
-- present, turns such a hang into a clear failure here instead.
local limit = math.ceil(30 * tap.scale)
local prefix = os.execute("command -v timeout >/dev/null 2>&1") and ("timeout " .. limit .. " ") or ""
tap.plan(3)

local r = run([[
local task = std.task
local owner
owner = task.spawn(function()
  task.scope(function(s) s:spawn(function() owner:join() end) end)
end)
]], { prefix = prefix })
tap.is(r.how, "exit", "the host ended by itself (ROOT-8)")
tap.ok(r.code ~= 124, "it did not hang until the time limit (ROOT-8, ROOT-9)")
tap.ok(r.code ~= 0 and r.code ~= nil, "a drain in the cycle: the exit status is not 0 (ROOT-8)")
