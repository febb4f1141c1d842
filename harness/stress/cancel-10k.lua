-- Stress: 10^4 tasks cancelled at once. They sleep in one scope; one
-- Scope:cancel() wakes them all with "task cancelled"; each catches it,
-- checks that the next checkpoint raises again, and the scope drains.
local task = std.task
local N = tonumber(os.getenv("STRESS_N") or "") or 10000
local cancelled, relevel, started = 0, 0, 0

task.scope(function(s)
  for _ = 1, N do
    s:spawn(function()
      started = started + 1
      local ok, e = pcall(task.sleep, 1e7)
      if not ok and e == "task cancelled" then cancelled = cancelled + 1 end
      if not pcall(task.checkpoint) then relevel = relevel + 1 end
    end)
  end
  while started < N do task.yield() end
  s:cancel()
end)
print("1..1")
print((cancelled == N and relevel == N and "ok" or "not ok") ..
      (" 1 - %d tasks cancelled at once: %d saw the cancel, %d again at the next checkpoint")
      :format(N, cancelled, relevel))
-- Peak resident set size of this process (Linux), for the report.
local st = io.open("/proc/self/status")
if st then
  local hwm = st:read("a"):match("VmHWM:%s*(%d+)")
  st:close()
  if hwm then print(("# peak RSS %d KB"):format(tonumber(hwm))) end
end
