-- OOM workload: nested scopes. A binary tree of scopes five levels deep:
-- oom-flags: --clock=virtual
-- each level spawns two children into its scope and sums their results;
-- the drain must wait for all of them. Leaves sleep so drains really wait.
local task = std.task
local leaves = 0

local function tree(depth)
  if depth == 0 then
    task.sleep(1)
    leaves = leaves + 1
    return 1
  end
  return task.scope(function(s)
    local a = s:spawn(function() return tree(depth - 1) end)
    local b = s:spawn(function() return tree(depth - 1) end)
    task.yield()
    return a:join() + b:join()
  end)
end

local n = tree(5)
if n ~= 32 then error("INVARIANT: tree sum", 0) end
if leaves ~= 32 then error("INVARIANT: a leaf was lost", 0) end

-- Nested scopes in one task, unwinding through an error.
local depth = 0
local function nest(d)
  return task.scope(function()
    depth = depth + 1
    if d == 0 then error("bottom", 0) end
    return nest(d - 1)
  end)
end
local ok, e = pcall(nest, 10)
if ok then error("INVARIANT: nested error vanished", 0) end
if e ~= "bottom" then error(e, 0) end
if depth ~= 11 then error("INVARIANT: nested depth", 0) end
