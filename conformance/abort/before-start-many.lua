--[[---
clause: ABORT-2, SPAWN-4
description: aborting every other task of a batch before they start - the aborted ones never run, the rest run in order
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local log = tap.log()
local hs = {}
for i = 1, 20 do hs[i] = task.spawn(function() log(i) end) end
for i = 2, 20, 2 do hs[i]:abort() end
task.sleep(tap.ms(5))
local want = {}
for i = 1, 20, 2 do want[#want + 1] = i end
log:is(want, "only the odd tasks ran, in spawn order (ABORT-2, SPAWN-4)")
local aborted = 0
for i = 2, 20, 2 do
  local ok, e = pcall(hs[i].join, hs[i])
  if not ok and tostring(e):find("task aborted", 1, true) then aborted = aborted + 1 end
end
tap.is(aborted, 10, "each aborted one reports \"task aborted\" (ABORT-5)")
tap.ok(hs[20]:is_finished() and hs[19]:is_finished(), "all are finished (ABORT-2)")
