--[[---
clause: TIMEOUT-23, TIMEOUT-5, ABORT-7, SCOPE-19
description: stage 3 after a grace period aborts only the with_timeout's own members - a job the body handed to another task's scope (a worker pool), the caller's sibling in its enclosing scope and a job the body spawned there all keep running and finish at their own time
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(8)

-- The pool is a root task whose scope stays open until `closing`; every
-- task here ends T after the start, well after deadline + grace.
local D, G, T = tap.ms(50), tap.ms(40), tap.ms(200)
local closing = false
local pool_scope
local pool = task.spawn(function()
  task.scope(function(s)
    pool_scope = s
    while not closing do task.sleep(tap.ms(10)) end
  end)
end)
task.yield()
local w
local function job(tag)
  return function()
    task.sleep(T - w:elapsed())
    return tag .. " done"
  end
end
local pooled, sibling, handed, outcome, returned_at
w = task.spawn(function()
  task.scope(function(cs)
    sibling = cs:spawn(job("sibling"))
    outcome = table.pack(pcall(task.with_timeout, D, function()
      pooled = pool_scope:spawn(job("pooled"))
      handed = cs:spawn(job("handed"))
      while true do pcall(task.yield) end
    end, { grace_ms = G }))
    returned_at = w:elapsed()
  end)
end)
w:join()
closing = true
pool:join()
tap.ok(not outcome[1] and tostring(outcome[2]):find("timed out", 1, true),
       "with_timeout raised \"timed out\" (TIMEOUT-2)")
tap.at(returned_at, D + G, "with_timeout returned at deadline + grace (TIMEOUT-22)")
tap.is(pooled:join(), "pooled done",
       "the job the body gave another task's scope was neither cancelled nor aborted (TIMEOUT-23)")
tap.is(sibling:join(), "sibling done",
       "the caller's sibling in its enclosing scope was not aborted (TIMEOUT-23, ABORT-7)")
tap.is(handed:join(), "handed done",
       "a job the body spawned into the caller's enclosing scope was not aborted (TIMEOUT-23, SCOPE-19)")
tap.at(w:elapsed(), T, "the caller's enclosing scope drained when its tasks ended, at their own time")
tap.ok(pooled:is_finished() and sibling:is_finished() and handed:is_finished(), "all of them finished")
tap.lives(function() task.checkpoint() end, "nothing cancelled the main chunk (TIMEOUT-23)")
