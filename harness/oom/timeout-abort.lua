-- OOM workload: with_timeout abort. Bodies and children that swallow every
-- cancellation are hard-aborted after the grace window; their <close>
-- handlers must run exactly once; the call reports the timeout.
local task = std.task
local closed, opened = 0, 0

-- Counts a <close> variable once it exists (an allocation failure before
-- that leaves nothing to close).
local function closer()
  local c = setmetatable({}, { __close = function() closed = closed + 1 end })
  opened = opened + 1
  return c
end

-- Sleep forever, swallowing cancellation (only: a loop that also swallowed
-- a memory error raised before the suspension would spin for ever).
local function swallow(ms)
  while true do
    local ok, e = pcall(task.sleep, ms)
    if not ok and e ~= "task cancelled" then error(e, 0) end
  end
end

for round = 1, 3 do
  local ok, e = pcall(task.with_timeout, 5, function(s)
    for _ = 1, 4 do
      s:spawn(function()
        local _c <close> = closer()
        swallow(2)
      end)
    end
    local _c <close> = closer()
    swallow(3)
  end, { grace_ms = round - 1 })
  if ok then error("INVARIANT: with_timeout returned", 0) end
  if type(e) ~= "string" or not e:find("timed out", 1, true) then
    error(e, 0)  -- not enough memory, or a real failure
  end
end
if closed ~= opened then error("INVARIANT: a <close> did not run", 0) end

-- A body that finishes in time returns its values.
local a, b = task.with_timeout(1000, function(s)
  local h = s:spawn(function() task.sleep(1) return 2 end)
  return 1, h:join()
end)
if a ~= 1 or b ~= 2 then error("INVARIANT: with_timeout results", 0) end

-- Handle:abort of sleeping tasks.
local hs = {}
for i = 1, 10 do
  hs[i] = task.spawn(function()
    local _c <close> = closer()
    task.sleep(1000)
    error("INVARIANT: an aborted task ran again", 0)
  end)
end
task.yield()
for i = 1, 10 do hs[i]:abort() end
for i = 1, 10 do
  local ok2, e2 = pcall(hs[i].join, hs[i])
  if ok2 then error("INVARIANT: aborted join returned", 0) end
  if type(e2) ~= "string" or not e2:find("task aborted", 1, true) then
    error(e2, 0)
  end
end
if closed ~= opened then error("INVARIANT: a <close> did not run", 0) end
