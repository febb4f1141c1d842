--[[---
clause: CANCEL-2
description: the cancellation error is exactly the string "task cancelled", with no position prefix
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(8)

-- Each call is made from a Lua function, not as a tail call, so that a
-- position added to the message would name that line.
local function raised(f, ...)
  local args = table.pack(...)
  local _, e = pcall(function() f(table.unpack(args, 1, args.n)); return nil end)
  return e
end

task.scope(function(s)
  s:cancel()
  local e1 = raised(task.sleep, tap.ms(10))
  tap.is(e1, "task cancelled", "sleep raises exactly \"task cancelled\" (CANCEL-2)")
  local e2 = raised(task.yield)
  tap.is(e2, "task cancelled", "yield raises exactly \"task cancelled\" (CANCEL-2)")
  local e3 = raised(task.checkpoint)
  tap.is(e3, "task cancelled", "checkpoint raises exactly \"task cancelled\" (CANCEL-2)")
  local tok = s:token()
  local e4 = raised(tok.check, tok)
  tap.is(e4, "task cancelled", "CancelToken:check raises exactly \"task cancelled\" (CANCEL-2)")
  local e5 = raised(task.scope, function() end)
  tap.is(e5, "task cancelled", "scope entry raises exactly \"task cancelled\" (CANCEL-2)")
  local e5b = raised(task.with_timeout, tap.ms(1000), function() end)
  tap.is(e5b, "task cancelled", "with_timeout entry raises exactly \"task cancelled\" (CANCEL-2)")
end)

local st = task.cancel_token()
st:cancel()
local _, e6 = pcall(function() st:check() end)
tap.is(e6, "task cancelled",
       "called from a Lua function, check still adds no position prefix (CANCEL-2)")

local h
task.scope(function(s)
  h = s:spawn(function() task.sleep(tap.ms(10000)) end)
  task.yield()
  s:cancel()
end)
local e7 = raised(h.join, h)
tap.is(e7, "task cancelled",
       "a task ended by cancellation is joined with exactly \"task cancelled\" (CANCEL-2, JOIN-2)")
