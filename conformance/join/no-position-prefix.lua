--[[---
clause: JOIN-2
description: join adds no position prefix to a string error - it is exactly what the task raised
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

-- join is called from a Lua function (not as a tail call), so a position
-- added on the way out would name that function's line.
local function join_from_lua(h)
  local ok, e = pcall(function() local r = h:join(); return r end)
  return ok, e
end

local h = task.spawn(function() error("plain failure", 0) end)
local _, e = join_from_lua(h)
tap.is(e, "plain failure", "a level-0 error comes back verbatim (JOIN-2)")

local function fails() error("positioned") end
local info = debug.getinfo(fails, "S")
local want = info.short_src .. ":" .. info.linedefined .. ": positioned"
local h2 = task.spawn(fails)
local _, e2 = join_from_lua(h2)
tap.is(e2, want, "an error() with a position keeps exactly the task's prefix, once (JOIN-2)")

local h3 = task.spawn(function() local x = nil; return x.field end)
local _, e3 = join_from_lua(h3)
local _, count = tostring(e3):gsub("%.lua:%d+:", "")
tap.is(count, 1, "a runtime error carries a single position, the task's (JOIN-2)")

local c
task.scope(function(sc)
  c = sc:spawn(function() task.sleep(tap.ms(10000)) end)
  task.yield()
  sc:cancel()
end)
local _, e4 = join_from_lua(c)
tap.is(e4, "task cancelled", "the cancellation error is joined verbatim too (JOIN-2, CANCEL-2)")
