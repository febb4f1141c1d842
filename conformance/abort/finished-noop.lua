--[[---
clause: ABORT-3
description: aborting a finished task is a no-op - join keeps the original outcome; aborting twice is harmless
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local h = task.spawn(function() return 42, "x" end)
h:join()
tap.lives(function() h:abort() end, "aborting a finished task does not raise (ABORT-3)")
local a, b = h:join()
tap.ok(a == 42 and b == "x", "join still returns its results (ABORT-3)")

local E = {}
local f = task.spawn(function() error(E) end)
pcall(f.join, f)
f:abort()
local ok, e = pcall(f.join, f)
tap.ok(not ok and rawequal(e, E), "a failed task keeps its error after abort (ABORT-3)")

local c
task.scope(function(s)
  c = s:spawn(function() task.sleep(tap.ms(10000)) end)
  task.yield()
  s:cancel()
end)
c:abort()
local okc, ec = pcall(c.join, c)
tap.ok(not okc and tap.is_cancel(ec), "a cancelled task keeps its cancellation error after abort (ABORT-3)")

local t = task.spawn(function() task.sleep(tap.ms(10000)) end)
task.yield()
t:abort()
tap.lives(function() t:abort(); t:abort() end, "aborting an aborted task again is harmless (ABORT-3)")
local okt, et = pcall(t.join, t)
tap.ok(not okt and tostring(et):find("task aborted", 1, true), "join still raises \"task aborted\" (ABORT-5)")
