-- Stress: 10^5 tasks alive at once. Each sleeps, so all of them are
-- suspended together, then returns; the scope drains them all.
local task = std.task
local N = tonumber(os.getenv("STRESS_N") or "") or 100000
local done = 0
local live, peak = 0, 0

task.scope(function(s)
  for _ = 1, N do
    s:spawn(function()
      live = live + 1
      if live > peak then peak = live end
      task.sleep(50)
      live = live - 1
      done = done + 1
    end)
  end
end)
print("1..1")
print((done == N and peak == N and "ok" or "not ok") ..
      (" 1 - %d concurrent tasks: %d done, %d alive at the peak"):format(N, done, peak))
-- Peak resident set size of this process (Linux), for the report.
local st = io.open("/proc/self/status")
if st then
  local hwm = st:read("a"):match("VmHWM:%s*(%d+)")
  st:close()
  if hwm then print(("# peak RSS %d KB"):format(tonumber(hwm))) end
end
