--[[---
clause: HOST-4, TIMEOUT-4, TIMEOUT-5, TIMEOUT-22
description: without opts, members that swallow every cancellation are still alive just before deadline + 1000 ms (the host default grace) and aborted just after; with_timeout returns at that instant
features: []
flags: [slow]
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

-- The default grace is the host's 1000 ms, in real milliseconds: not
-- scaled. The probes look E before and after deadline + 1000 (1 ms under
-- the virtual clock, where the instants are exact; tap.late in real time).
local D, G = tap.ms(100), 1000
local E = tap.virtual() and 1 or tap.late
local log = tap.log()
local function closer(tag)
  return setmetatable({}, { __close = function() log(tag) end })
end
local function stubborn() while true do pcall(task.yield) end end

local child, w
w = task.spawn(function()
  return pcall(task.with_timeout, D, function(s)
    local _ <close> = closer("body")
    child = s:spawn(function() local _ <close> = closer("child"); stubborn() end)
    stubborn()
  end)
end)
local seen = {}
local probe = task.spawn(function()
  task.sleep(D + G - E)
  seen.before = { child:is_finished(), log:str() }
  task.sleep(D + G + E - w:elapsed())
  seen.after = { child:is_finished(), log:str() }
end)
probe:join()
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout raised \"timed out\" (TIMEOUT-2)")
tap.is_deeply(seen.before, { false, "" },
              "just before deadline + 1000 ms both members were alive: the default grace is not shorter " ..
              "(HOST-4, TIMEOUT-4)")
tap.is_deeply(seen.after, { true, "child,body" },
              "just after it both were aborted: the default grace is not longer (HOST-4, TIMEOUT-5)")
local okc, ec = pcall(child.join, child)
tap.ok(not okc and tostring(ec):find("task aborted", 1, true), "the child was aborted, not finished (TIMEOUT-5)")
tap.at(w:elapsed(), D + G, "with_timeout returned at deadline + the default 1000 ms (TIMEOUT-22, HOST-4)")
tap.is(log:str(), "child,body", "each handler ran once, the child's first (CLOSE-1, CLOSE-9)")
