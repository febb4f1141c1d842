-- Stress: 1,000 nested scopes. Each level is a task that opens a scope
-- and spawns the next level into it, so the innermost task runs under
-- 1,000 open scopes; a cancel of the outermost one reaches it, and every
-- scope drains. (In one task, nesting is bounded by Lua's C-call limit,
-- LUAI_MAXCCALLS, like nested pcall: checked to fail cleanly at 1,000.)
local task = std.task
local N = tonumber(os.getenv("STRESS_N") or "") or 1000
local reached, unwound = 0, 0

local function level(d)
  return task.scope(function(s)
    if d == N then
      reached = d
      local ok, e = pcall(task.sleep, 1e7)  -- until the outermost cancel
      if ok or e ~= "task cancelled" then error("sleep: " .. tostring(e)) end
      unwound = unwound + 1
      return d
    end
    local h = s:spawn(function() return level(d + 1) end)
    local ok, v = pcall(h.join, h)
    unwound = unwound + 1
    if ok then return v end
    error(v, 0)
  end)
end

local outer_ok, outer_v
task.scope(function(s)
  s:spawn(function()
    outer_ok, outer_v = pcall(level, 1)
  end)
  while reached < N do task.sleep(1) end
  s:cancel()
end)

-- One task, nested directly: a clean error, never a crash.
local depth = 0
local function nest(d)
  if d == 0 then return end
  return task.scope(function() depth = depth + 1; return nest(d - 1) end)
end
local ok1 = pcall(nest, 150)
local ok2, e2 = pcall(nest, N)

print("1..3")
print((reached == N and unwound == N and "ok" or "not ok") ..
      (" 1 - %d nested scopes (one task per level): innermost reached, %d unwound (%s)")
      :format(N, unwound, tostring(outer_v)))
print((ok1 and "ok" or "not ok") .. " 2 - 150 scopes nested in one task")
print(((ok2 or type(e2) == "string") and "ok" or "not ok") ..
      (" 3 - %d scopes nested in one task: %s"):format(N, ok2 and "ok" or tostring(e2)))
-- Peak resident set size of this process (Linux), for the report.
local st = io.open("/proc/self/status")
if st then
  local hwm = st:read("a"):match("VmHWM:%s*(%d+)")
  st:close()
  if hwm then print(("# peak RSS %d KB"):format(tonumber(hwm))) end
end
