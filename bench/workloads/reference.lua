-- reference.lua -- the benchmark's workloads on std.task, the reference
-- runtime, run by its host: stdtask-lua reference.lua WORKLOAD N
local C = dofile((arg[0]:match("^(.*)/") or ".") .. "/common.lua")
local T = std.task
local n, now, result = C.n, C.now, C.result

local W = {}

-- (1) spawn+join of n tasks in sequence.
function W.spawn()
  local function body() return 1 end
  local t0 = now()
  for _ = 1, n do
    T.spawn(body):join()
  end
  result("ns_per_task", (now() - t0) / n)
end

-- (2) yield round trip: 1,000 ready tasks, n switches in all.
function W.yield()
  local ntasks = 1000
  local r = math.max(1, n // ntasks)
  local function yielder()
    for _ = 1, r do T.yield() end
  end
  local t0 = now()
  T.scope(function(s)
    for _ = 1, ntasks do s:spawn(yielder) end
  end)
  result("ns_per_switch", (now() - t0) / (ntasks * r))
end

-- (3) n concurrent tasks sleeping 10 ms.
function W.sleep()
  local function sleeper() T.sleep(10) end
  local rss0 = C.baseline()
  local t0 = now()
  T.scope(function(s)
    for _ = 1, n do s:spawn(sleeper) end
  end)
  result("wall_ms", (now() - t0) / 1e6)
  C.report_memory(rss0, n)
end

-- (4) cancel fan-out: a scope with n sleeping tasks, cancelled.
function W.cancel()
  local started, t0 = 0, nil
  local function sleeper()
    started = started + 1
    T.sleep(60000)
  end
  T.scope(function(s)
    for _ = 1, n do s:spawn(sleeper) end
    while started < n do T.yield() end
    t0 = now()
    s:cancel()
  end)
  result("ms", (now() - t0) / 1e6)
end

-- (5) with_timeout churn: n calls whose body finishes in time.
function W.timeout()
  local function body() return 1 end
  local t0 = now()
  for _ = 1, n do
    T.with_timeout(1000, body)
  end
  result("ns_per_call", (now() - t0) / n)
end

-- (6) mixed: a pool of workers pulling n jobs (sleep 1 ms, 3 yields),
-- under a with_timeout.
function W.mixed()
  local jobs = n
  local function worker()
    while jobs > 0 do
      jobs = jobs - 1
      T.sleep(1)
      for _ = 1, 3 do T.yield() end
    end
  end
  local t0, c0 = now(), C.cpu()
  T.with_timeout(600000, function(s)
    for _ = 1, C.workers(n) do s:spawn(worker) end
  end)
  result("wall_ms", (now() - t0) / 1e6)
  result("cpu_ns_per_job", (C.cpu() - c0) / n)
end

assert(W[C.workload], "unknown workload")()
