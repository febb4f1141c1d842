-- hostile: finalizers calling std.task at the allocation points of spawn,
-- Scope:spawn, join, scope, with_timeout, abort and a task's end
local dir = arg[0]:match("^(.-)[^/]*$")
local H = dofile(dir .. "lib.lua")
local W = dofile(dir .. "gcwork.lua")
local T = std.task
local sites = {"spawn", "Scope:spawn", "join", "scope", "with_timeout", "abort", "record", "sleep", "yield"}
H.plan(#sites + 3)
collectgarbage("incremental", 0, 1000, 0)  -- a collector that never rests
-- Rounds until every site saw a finalizer (at most 20): which task a
-- finalizer aborts decides how far a round gets.
local hits, acts, rounds = {}, {ok = 0, err = 0}, 0
local function missing()
  for _, s in ipairs(sites) do if not hits[s] then return true end end
end
repeat
  rounds = rounds + 1
  local h, a = W.run{rng = H.rng(19 + rounds), loops = 40, tasks = 30, per = 3}
  for k, v in pairs(h) do hits[k] = (hits[k] or 0) + v end
  acts.ok, acts.err = acts.ok + a.ok, acts.err + a.err
until not missing() or rounds == 20
io.write("# ", rounds, " round(s)\n")
collectgarbage("incremental", 200, 100, 13)
for _, s in ipairs(sites) do
  H.ok((hits[s] or 0) > 0, ("finalizers ran during %s (%d)"):format(s, hits[s] or 0))
end
H.ok(acts.ok > 0 and acts.err > 0, ("finalizer actions: %d returned, %d raised"):format(acts.ok, acts.err))
collectgarbage() collectgarbage()
H.ok(true, "full collections afterwards are safe")
H.is(T.spawn(function() T.sleep(1) return "x" end):join(), "x", "the runtime is intact afterwards")
