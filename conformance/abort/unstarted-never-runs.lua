--[[---
clause: ABORT-2
description: aborting a task that never started means it never runs
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local ran = false
local h = task.spawn(function() ran = true end)
h:abort()
task.yield()
task.sleep(tap.ms(10))
tap.is(ran, false, "the aborted unstarted task never ran (ABORT-2)")
tap.is(h:is_finished(), true, "it is finished (ABORT-2, HANDLE-1)")
local ok, e = pcall(h.join, h)
tap.ok(not ok and tostring(e):find("task aborted", 1, true), "join raises \"task aborted\" (ABORT-5)")

local log = tap.log()
local hs = {}
for i = 1, 4 do hs[i] = task.spawn(function() log(i) end) end
hs[2]:abort()
hs[3]:abort()
for _, h2 in ipairs(hs) do pcall(h2.join, h2) end
log:is({ 1, 4 }, "only the tasks not aborted before starting ran (ABORT-2)")

local sran = false
task.scope(function(s)
  local c = s:spawn(function() sran = true end)
  c:abort()
end)
tap.is(sran, false, "same for a scope child aborted before it started; the scope still returned (ABORT-2)")
