-- OOM workload: spawn fan-out. 40 tasks spawned at once from the main
-- oom-flags: --clock=virtual
-- chunk and 40 more into a scope; each yields, sleeps and returns a value;
-- every one is joined and the sum checked. Any failure propagates to the
-- main chunk through join; an invariant break raises a constant string at
-- level 0 (no allocation, so a memory failure cannot disguise it).
local task = std.task
local N = 40

local hs = {}
for i = 1, N do
  hs[i] = task.spawn(function()
    task.yield()
    task.sleep(1)
    return i
  end, { name = "fan" })
end
local sum = 0
for i = 1, N do
  sum = sum + hs[i]:join()
end
if sum ~= N * (N + 1) // 2 then error("INVARIANT: fan-out sum", 0) end

local done = 0
local total = task.scope(function(s)
  local t = 0
  local inner = {}
  for i = 1, N do
    inner[i] = s:spawn(function()
      task.yield()
      done = done + 1
      return i
    end)
  end
  for i = 1, N do t = t + inner[i]:join() end
  return t
end)
if total ~= N * (N + 1) // 2 then error("INVARIANT: scope sum", 0) end
if done ~= N then error("INVARIANT: a scope member was lost", 0) end
