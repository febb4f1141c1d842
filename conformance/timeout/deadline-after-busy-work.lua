--[[---
clause: TIMEOUT-15, TIMEOUT-22
description: real time - the deadline counts from the call, whatever CPU work ran just before the call or in the body before its first suspension
features: []
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

-- Busy for n ms of real time without suspending (Handle:elapsed() of the
-- running task is the only clock std.task offers).
local function busy(self, n)
  local stop = self:elapsed() + n
  while self:elapsed() < stop do end
end
-- B exceeds tap.late: a deadline counted from the end of the busy work
-- would land outside the bound of tap.at, not inside its margin.
local D, B = tap.ms(250), tap.ms(150)
local function measure(before, inside)
  local w
  w = task.spawn(function()
    task.sleep(tap.ms(5))
    if before then busy(w, B) end
    local called = w:elapsed()
    local ok, e = pcall(task.with_timeout, D, function()
      if inside then busy(w, B) end
      pcall(task.sleep, tap.ms(60000))
      return w:elapsed() - called
    end)
    return ok, e, w:elapsed() - called
  end)
  return w:join()
end
local ok1, e1, at1 = measure(true, false)
tap.ok(not ok1 and tostring(e1):find("timed out", 1, true), "busy work before the call: the deadline fired (TIMEOUT-2)")
tap.at(at1, D, "busy work before the call: with_timeout ended ms after the call, not earlier (TIMEOUT-15, TIMEOUT-22)")
local ok2, e2, at2 = measure(false, true)
tap.ok(not ok2 and tostring(e2):find("timed out", 1, true), "busy body before its first suspension: the deadline fired")
tap.at(at2, D, "busy body: with_timeout ended ms after the call, not later (TIMEOUT-15, TIMEOUT-22)")
