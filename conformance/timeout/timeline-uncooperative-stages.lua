--[[---
clause: TIMEOUT-3, TIMEOUT-4, TIMEOUT-5, TIMEOUT-22, TIMEOUT-24
description: real time - with a body and a child that swallow every cancellation, a task outside sees nothing before the deadline, the cancel just after it, both members alive until deadline + grace and aborted just after, and with_timeout returns at deadline + grace
features: []
flags: [real-time]
---]]
local tap = require "tap"
local task = std.task

-- born[x]: the caller's elapsed() when x was spawned, so that x's end
-- is read on the caller's clock: born[x] + x:elapsed().
local born = {}

tap.plan(11)

-- Real time: the members never wait on a timer after the cancel, which
-- keeps a virtual clock from moving (HOST-15). Every bound is the instant
-- itself from below and tap.late (scaled) from above; the probes look
-- tap.late before and after each instant.
local D, G, L = tap.ms(150), tap.ms(250), tap.late
local first_catch = {}
local log = tap.log()
local scope_obj, child, w
local function stubborn(tag)
  while true do
    if not pcall(task.yield) and first_catch[tag] == nil then
      first_catch[tag] = w:elapsed()
    end
  end
end
w = task.spawn(function()
  return pcall(task.with_timeout, D, function(s)
    scope_obj = s
    local _ <close> = setmetatable({}, { __close = function() log("body") end })
    child = s:spawn(function()
      local _ <close> = setmetatable({}, { __close = function() log("child") end })
      stubborn("child")
    end)
    born[child] = w:elapsed()
    stubborn("body")
  end, { grace_ms = G })
end)
local seen = {}
local probe = task.spawn(function()
  task.sleep(D - L)
  seen.before_deadline = scope_obj:token():is_cancelled()
  task.sleep(D + L - w:elapsed())
  seen.after_deadline = scope_obj:token():is_cancelled()
  task.sleep(D + G - L - w:elapsed())
  seen.before_abort = { child:is_finished(), log:len() }
  task.sleep(D + G + L - w:elapsed())
  seen.after_abort = { child:is_finished(), log:str() }
end)
probe:join()
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout raised \"timed out\" (TIMEOUT-2)")
tap.is(seen.before_deadline, false, "before the deadline the scope's token is not cancelled (TIMEOUT-15)")
tap.is(seen.after_deadline, true, "just after the deadline it is (TIMEOUT-3)")
tap.at(first_catch.body, D, "the body first caught the cancellation at the deadline (TIMEOUT-3, TIMEOUT-22)")
tap.at(first_catch.child, D, "the child first caught it at the deadline (TIMEOUT-3, TIMEOUT-22)")
tap.is_deeply(seen.before_abort, { false, 0 },
              "shortly before deadline + grace both members were alive, no handler had run (TIMEOUT-4)")
tap.is_deeply(seen.after_abort, { true, "child,body" },
              "shortly after deadline + grace both were aborted, the child's handler first (TIMEOUT-5, CLOSE-9)")
tap.at(w:elapsed(), D + G, "with_timeout returned at deadline + grace (TIMEOUT-5, TIMEOUT-22)")
local okc, ec = pcall(child.join, child)
tap.ok(not okc and tostring(ec):find("task aborted", 1, true), "the child was aborted (TIMEOUT-5)")
tap.at(born[child] + child:elapsed(), D + G, "the child ended at deadline + grace (TIMEOUT-22)")
tap.is(log:str(), "child,body", "each handler ran exactly once (CLOSE-1, TIMEOUT-24)")
