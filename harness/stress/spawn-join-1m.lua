-- Stress: 10^6 spawn + join in sequence. Only one task is alive at a
-- time; memory must stay flat (records and threads are recycled or
-- collected), which the Lua heap size after a full collection shows.
local task = std.task
local N = tonumber(os.getenv("STRESS_N") or "") or 1000000
local sum = 0
local kb_at, kb_live = {}, {}
local function f() return 1 end
for i = 1, N do
  sum = sum + task.spawn(f):join()
  if i % (N // 4) == 0 then
    kb_live[#kb_live + 1] = ("%.0f"):format(collectgarbage("count"))
    collectgarbage()
    collectgarbage()  -- a second cycle frees what the first one finalized
    kb_at[#kb_at + 1] = collectgarbage("count")
  end
end
print("1..2")
print((sum == N and "ok" or "not ok") .. (" 1 - %d spawn/join in sequence"):format(N))
-- The heap after the last quarter is no bigger than after the first (plus
-- slack for the registry's free list).
local grew = kb_at[#kb_at] - kb_at[1]
print("# Lua heap (KB) at each quarter, before forcing a collection: " ..
      table.concat(kb_live, " "))
print((grew < 256 and "ok" or "not ok") ..
      (" 2 - Lua heap flat: %.0f KB after the first quarter, %.0f KB at the end")
      :format(kb_at[1], kb_at[#kb_at]))
-- Peak resident set size of this process (Linux), for the report.
local st = io.open("/proc/self/status")
if st then
  local hwm = st:read("a"):match("VmHWM:%s*(%d+)")
  st:close()
  if hwm then print(("# peak RSS %d KB"):format(tonumber(hwm))) end
end
