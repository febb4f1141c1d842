-- OOM workload: host-defined waits (std.testhost). Completions with values
-- and errors, cancels and aborts while waiting, a deadline around a wait:
-- under any allocation failure every wait must still end exactly once (the
-- host's counters), and nothing may leak.
local task, H = std.task, std.testhost

for round = 1, 3 do
  local v = table.pack(H.after(1, "a", round))
  assert(v.n == 2 and v[2] == round)
  local ok, e = pcall(H.fail_after, 1, "boom")
  assert(not ok and (e == "boom" or e == "not enough memory"), e)
  task.scope(function(s)
    s:spawn(function() pcall(H.never) end)
    s:spawn(function() pcall(H.after, 10000) end)
    task.yield()
    s:cancel()
  end)
  local h = task.spawn(function() H.never() end)
  task.yield()
  h:abort()
  pcall(task.with_timeout, 3, function() H.never() end, { grace_ms = 1 })
end
assert(H.pending() == 0, "a host wait never ended")
