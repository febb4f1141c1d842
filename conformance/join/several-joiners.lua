--[[---
clause: JOIN-4
description: several joiners, waiting concurrently or joining later and repeatedly, all get the same outcome
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local T = {}
local target = task.spawn(function() task.sleep(tap.ms(20)); return T, "two", nil end)
local joiners = {}
for i = 1, 3 do
  joiners[i] = task.spawn(function() return table.pack(target:join()) end)
end
local all_same = true
for i = 1, 3 do
  local r = joiners[i]:join()
  if not (r.n == 3 and rawequal(r[1], T) and r[2] == "two" and r[3] == nil) then all_same = false end
end
tap.ok(all_same, "three concurrent joiners got the same three results (JOIN-4)")
local m = table.pack(target:join())
tap.ok(m.n == 3 and rawequal(m[1], T), "the main chunk joining afterwards got them too (JOIN-4)")
local m2 = table.pack(target:join())
tap.ok(m2.n == 3 and rawequal(m2[1], T), "joining again returns them again (JOIN-4)")

local E = {}
local failing = task.spawn(function() task.sleep(tap.ms(20)); error(E) end)
local fj = {}
for i = 1, 3 do
  fj[i] = task.spawn(function() local ok, e = pcall(failing.join, failing); return ok, e end)
end
local all_err = true
for i = 1, 3 do
  local ok, e = fj[i]:join()
  if ok or not rawequal(e, E) then all_err = false end
end
tap.ok(all_err, "three concurrent joiners of a failing task all got the same error value (JOIN-4)")
local ok1, e1 = pcall(failing.join, failing)
local ok2, e2 = pcall(failing.join, failing)
tap.ok(not ok1 and not ok2 and rawequal(e1, E) and rawequal(e2, E),
       "later joins raise the same value each time (JOIN-4)")
tap.ok(failing:is_finished(), "the failed task is finished (HANDLE-1)")
