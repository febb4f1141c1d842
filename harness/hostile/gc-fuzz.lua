-- hostile: the finalizer fuzzer: random finalizers in loops, under the
-- generational and the incremental collector with small steps, many seeds
-- (HOSTILE_SEEDS, default 12; HOSTILE_FIRST, default 1)
local dir = arg[0]:match("^(.-)[^/]*$")
local H = dofile(dir .. "lib.lua")
local W = dofile(dir .. "gcwork.lua")
local T = std.task
local first = tonumber(os.getenv("HOSTILE_FIRST") or "1")
local n = tonumber(os.getenv("HOSTILE_SEEDS") or "12")
H.plan(n + 1)
for seed = first, first + n - 1 do
  local R = H.rng(seed * 7919)
  if seed % 2 == 0 then
    collectgarbage("generational", R(10), 10 + R(50))
  else
    collectgarbage("incremental", R(20) - 1, 100 + R(900), R(4) - 1)
  end
  local hits, acts = W.run{rng = R, loops = 10 + R(30), tasks = 5 + R(20), per = R(4),
                          join_roots = false}
  local total = 0
  for _, v in pairs(hits) do total = total + v end
  H.ok(acts.ok + acts.err > 0, ("seed %d: %d finalizers ran (%d inside std.task calls)")
       :format(seed, acts.ok + acts.err, total))
end
collectgarbage("incremental", 200, 100, 13)
H.is(T.spawn(function() return "x" end):join(), "x", "the runtime is intact afterwards")
