--[[---
clause: TIMEOUT-16, MS-10, TIMEOUT-1
description: with_timeout(0, fn) - until the fiber first suspends the deadline has not fired - the body starts with its scope's token live, checkpoint() and a nested scope's entry pass, CPU time spent there changes nothing, and returning before suspending gives the results
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

-- os.clock: CPU time, which passes under either clock; the 0 ms deadline
-- is long past by real time when the body returns, but never handled.
local function burn(s)
  local stop = os.clock() + s
  while os.clock() < stop do end
end
local function probe()
  local seen = {}
  local r = table.pack(task.with_timeout(0, function(s)
    seen.token = s:token():is_cancelled()
    seen.current = task.current() and task.current().cancelled
    seen.checkpoint = pcall(task.checkpoint)
    burn(0.03)
    seen.scope = pcall(task.scope, function() return "inner" end)
    return "done", nil, 3
  end))
  return seen, r
end
local seen, r = probe()
tap.is_deeply(seen, { token = false, checkpoint = true, scope = true },
              "main chunk: the body's token was live, checkpoint() and scope entry passed (TIMEOUT-16, MS-10)")
tap.is_deeply({ r.n, r[1], r[2], r[3] }, { 3, "done", nil, 3 }, "and its results came back, nil included (TIMEOUT-1)")
local h = task.spawn(probe)
local seen2, r2 = h:join()
tap.is_deeply(seen2, { token = false, current = false, checkpoint = true, scope = true },
              "in a task: the same, and current().cancelled was false (TIMEOUT-16)")
tap.is(r2[1], "done", "the task got the results (TIMEOUT-16)")
tap.lives(function() task.checkpoint() end, "nothing was left cancelled (TIMEOUT-2)")
