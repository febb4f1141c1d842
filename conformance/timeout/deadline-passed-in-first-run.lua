--[[---
clause: TIMEOUT-15, TIMEOUT-16, TIMEOUT-22
description: real time - a deadline that passes while the body's first run is still busy fires at the body's first suspension - the body's sleep raises at once and with_timeout reports the timeout then, not ms after the body started waiting
features: []
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

-- Real time: CPU work takes no virtual time. The body is busy for B, well
-- past the deadline D, then sleeps: the deadline is due, so the first
-- suspension is where it fires (TIMEOUT-16), B after the call; a host that
-- armed it late would end B + D after the call, more than tap.late later.
local D, B = tap.ms(150), tap.ms(250)
local function busy(h, n)
  local stop = h:elapsed() + n
  while h:elapsed() < stop do end
end

local w
w = task.spawn(function()
  local called = w:elapsed()
  local woke
  local ok, e = pcall(task.with_timeout, D, function()
    busy(w, B)
    local slept = pcall(task.sleep, tap.ms(60000))
    woke = w:elapsed() - called
    return slept
  end)
  return ok, e, woke, w:elapsed() - called
end)
local ok, e, woke, returned = w:join()
tap.is(ok, false, "with_timeout raised (TIMEOUT-2)")
tap.like(e, "timed out", "it reports the timeout: the deadline passed during the body's first run (TIMEOUT-2)")
tap.at(woke, B, "the body's first sleep was cut short at once, when the body first suspended (TIMEOUT-16, TIMEOUT-3)")
tap.at(returned, B, "with_timeout returned then, not ms after the body began to wait (TIMEOUT-15, TIMEOUT-22)")
tap.cmp_ok(returned, "<", B + D - tap.late, "the deadline was not counted from the end of the busy run (TIMEOUT-15)")
