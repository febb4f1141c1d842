-- OOM workload: join chains. Task i joins task i-1 and adds one; several
-- oom-flags: --clock=virtual
-- joiners wait on the same task; an error travels unchanged down a chain.
local task = std.task
local N = 30

local prev = task.spawn(function() task.yield() return 0 end)
for _ = 1, N do
  local p = prev
  prev = task.spawn(function() return p:join() + 1 end)
end
if prev:join() ~= N then error("INVARIANT: chain result", 0) end

-- Many joiners on one task.
local target = task.spawn(function() task.sleep(2) return 7 end)
local js = {}
for i = 1, 10 do
  js[i] = task.spawn(function() return target:join() end)
end
for i = 1, 10 do
  if js[i]:join() ~= 7 then error("INVARIANT: shared join", 0) end
end

-- An error value keeps its identity through a chain of joins.
local E = {}
local h = task.spawn(function() task.yield() error(E) end)
for _ = 1, 10 do
  local p = h
  h = task.spawn(function() return p:join() end)
end
local ok, e = pcall(h.join, h)
if ok then error("INVARIANT: error lost in the chain", 0) end
if e ~= E then error(e, 0) end
