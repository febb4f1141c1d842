--[[---
clause: ROOT-8, HOST-13
description: two root tasks joining each other after the main chunk returned never exit 0
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
local a, b
a = task.spawn(function() task.yield() b:join() end)
b = task.spawn(function() task.yield() a:join() end)
]], { prefix = prefix })
tap.is(r.how, "exit", "the host ended by itself (ROOT-8)")
tap.ok(r.code ~= 124, "it did not hang until the time limit (ROOT-8, ROOT-9)")
tap.ok(r.code ~= 0 and r.code ~= nil, "mutual join: the exit status is not 0 (ROOT-8)")
