-- Stress: handles dropped and collected while their tasks run. Rounds of
-- tasks whose Handles are dropped at once; collectgarbage() between steps
-- while they sleep and yield; every task still completes (dropping a
-- Handle never cancels it), failures of unjoined tasks are the host's to
-- report (none here), and the Lua heap does not grow from round to round.
local task = std.task
local ROUNDS = tonumber(os.getenv("STRESS_ROUNDS") or "") or 20
local N = tonumber(os.getenv("STRESS_N") or "") or 5000
local GC_EVERY = 50  -- tasks between the collection steps they run
local done = 0
local kb = {}

local function body()
  task.yield()
  task.sleep(1)
  if done % GC_EVERY == 0 then collectgarbage("step") end
  task.yield()
  done = done + 1
end

for r = 1, ROUNDS do
  task.scope(function(s)
    local kept = {}
    for i = 1, N do
      -- Half through Scope:spawn, half through std.task.spawn; a third of
      -- the Handles kept until the end of the round, the rest dropped now.
      local h = i % 2 == 0 and s:spawn(body) or task.spawn(body)
      if i % 3 == 0 then kept[#kept + 1] = h end
    end
    assert(#kept == N // 3)
    collectgarbage()
    task.sleep(1)
    collectgarbage()
    kept = nil  -- luacheck: ignore (dropped while the tasks still run)
    collectgarbage()
  end)
  collectgarbage()
  collectgarbage()
  kb[r] = collectgarbage("count")
end
print("1..2")
print((done == ROUNDS * N and "ok" or "not ok") ..
      (" 1 - %d tasks whose handles were dropped all completed"):format(done))
local grew = kb[ROUNDS] - kb[2]
print((grew < 256 and "ok" or "not ok") ..
      (" 2 - Lua heap flat across rounds: %.0f KB after round 2, %.0f KB after round %d")
      :format(kb[2], kb[ROUNDS], ROUNDS))
-- Peak resident set size of this process (Linux), for the report.
local st = io.open("/proc/self/status")
if st then
  local hwm = st:read("a"):match("VmHWM:%s*(%d+)")
  st:close()
  if hwm then print(("# peak RSS %d KB"):format(tonumber(hwm))) end
end
