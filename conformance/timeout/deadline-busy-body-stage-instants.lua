--[[---
clause: TIMEOUT-15, TIMEOUT-22, TIMEOUT-3, TIMEOUT-5
description: real time - when the body's first run is busy for a while before it suspends, both stages still happen at fixed instants from the call - a task outside sees the token cancelled just after ms, not before, and the uncooperative members aborted just after ms + grace, not before
features: []
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

tap.plan(7)

-- Real time: CPU work takes no virtual time. B exceeds tap.late, so a
-- host that counts the stages from the body's first suspension (or from
-- any moment after the call) misses the probes' window.
local D, G, B, E = tap.ms(250), tap.ms(150), tap.ms(150), tap.late
local function busy(h, n)
  local stop = h:elapsed() + n
  while h:elapsed() < stop do end
end
local function stubborn() while true do pcall(task.yield) end end

local w, scope_obj, child
local called
w = task.spawn(function()
  called = w:elapsed()
  return pcall(task.with_timeout, D, function(s)
    scope_obj = s
    child = s:spawn(stubborn)
    busy(w, B)
    stubborn()
  end, { grace_ms = G })
end)
local seen = {}
local probe = task.spawn(function()
  local function upto(t) task.sleep(math.max(0, called + t - w:elapsed())) end
  upto(D - E)
  seen.before_deadline = scope_obj:token():is_cancelled()
  upto(D + E)
  seen.after_deadline = scope_obj:token():is_cancelled()
  upto(D + G - E)
  seen.before_abort = child:is_finished()
  upto(D + G + E)
  seen.after_abort = child:is_finished()
end)
probe:join()
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout raised \"timed out\" (TIMEOUT-2)")
tap.is(seen.before_deadline, false,
       "shortly before ms after the call the token was not cancelled (TIMEOUT-15)")
tap.is(seen.after_deadline, true,
       "shortly after ms after the call it was, though the body's first run was busy (TIMEOUT-15, TIMEOUT-3)")
tap.is(seen.before_abort, false, "shortly before ms + grace after the call the child was alive (TIMEOUT-4)")
tap.is(seen.after_abort, true, "shortly after ms + grace after the call it was aborted (TIMEOUT-5, TIMEOUT-22)")
local okc, ec = pcall(child.join, child)
tap.ok(not okc and tostring(ec):find("task aborted", 1, true), "the child was aborted (TIMEOUT-5)")
tap.at(w:elapsed() - called, D + G, "with_timeout returned ms + grace after the call (TIMEOUT-22)")
