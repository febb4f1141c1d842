-- cqueues.lua -- the benchmark's workloads on cqueues, the way its users
-- write them:  lua5.4 cqueues.lua WORKLOAD N
-- cqueues has coroutines on a controller (cq:wrap), sleep, poll and
-- condition variables, but no join, scope, cancellation or timeout of a
-- piece of code.  Their closest idioms, used below:
--   join          a condition the task signals when it ends, waited on
--   yield         cqueues.poll() with nothing to poll (resumed next step)
--   scope         a count of live tasks and a condition signalled when it
--                 drops to zero (a wait group: no per-task handle)
--   cancel        a condition signalled on cancel; sleepers poll it with
--                 their timeout and raise when woken by it
--   with_timeout  the body wrapped as its own coroutine, the caller polls
--                 its end condition with the remaining time
local C = dofile((arg[0]:match("^(.*)/") or ".") .. "/common.lua")
local cqueues = require "cqueues"
local condition = require "cqueues.condition"
local n, now, result = C.n, C.now, C.result

local cq = cqueues.new()
local poll, monotime = cqueues.poll, cqueues.monotime

-- Tasks: a wrapped coroutine running fn under pcall, signalling its end.
local function spawn(fn)
  local t = {done = false, cond = condition.new()}
  cq:wrap(function()
    t.ok, t.res = pcall(fn)
    t.done = true
    t.cond:signal()
  end)
  return t
end

local function wait(t)
  while not t.done do t.cond:wait() end
end

local function join(t)
  wait(t)
  if not t.ok then error(t.res, 0) end
  return t.res
end

local function new_scope()
  return {live = 0, done = condition.new(), cancelled = false,
          cancel = condition.new()}
end

-- A task of the scope; the first failure other than cancellation is kept.
local function scope_spawn(s, fn)
  s.live = s.live + 1
  cq:wrap(function()
    local ok, err = pcall(fn)
    if not ok and err ~= "task cancelled" then s.failed = s.failed or err end
    s.live = s.live - 1
    if s.live == 0 then s.done:signal() end
  end)
end

local function scope_drain(s)
  while s.live > 0 do s.done:wait() end
  if s.failed then error(s.failed, 0) end
end

-- A sleep that the scope's cancel() ends early with an error.
local function scope_sleep(s, ms)
  if s.cancelled then error("task cancelled", 0) end
  poll(s.cancel, ms / 1000)
  if s.cancelled then error("task cancelled", 0) end
end

local function scope_cancel(s)
  s.cancelled = true
  s.cancel:signal()
end

local function with_timeout(ms, fn)
  local t = spawn(fn)
  local deadline = monotime() + ms / 1000
  while not t.done do
    local left = deadline - monotime()
    if left <= 0 then error("timed out", 0) end
    poll(t.cond, left)
  end
  return join(t)
end

local W = {}

function W.spawn()
  local function body() return 1 end
  local t0 = now()
  for _ = 1, n do
    join(spawn(body))
  end
  result("ns_per_task", (now() - t0) / n)
end

function W.yield()
  local ntasks = 1000
  local r = math.max(1, n // ntasks)
  local function yielder()
    for _ = 1, r do poll() end
  end
  local t0 = now()
  local s = new_scope()
  for _ = 1, ntasks do scope_spawn(s, yielder) end
  scope_drain(s)
  result("ns_per_switch", (now() - t0) / (ntasks * r))
end

function W.sleep()
  local function sleeper() cqueues.sleep(0.010) end
  local rss0 = C.baseline()
  local t0 = now()
  local s = new_scope()
  for _ = 1, n do scope_spawn(s, sleeper) end
  scope_drain(s)
  result("wall_ms", (now() - t0) / 1e6)
  C.report_memory(rss0, n)
end

function W.cancel()
  local started = 0
  local s = new_scope()
  local function sleeper()
    started = started + 1
    scope_sleep(s, 60000)
  end
  for _ = 1, n do scope_spawn(s, sleeper) end
  while started < n do poll() end
  local t0 = now()
  scope_cancel(s)
  scope_drain(s)
  result("ms", (now() - t0) / 1e6)
end

function W.timeout()
  local function body() return 1 end
  local t0 = now()
  for _ = 1, n do
    with_timeout(1000, body)
  end
  result("ns_per_call", (now() - t0) / n)
end

function W.mixed()
  local jobs = n
  local function worker()
    while jobs > 0 do
      jobs = jobs - 1
      cqueues.sleep(0.001)
      for _ = 1, 3 do poll() end
    end
  end
  local t0, c0 = now(), C.cpu()
  with_timeout(600000, function()
    local s = new_scope()
    for _ = 1, C.workers(n) do scope_spawn(s, worker) end
    scope_drain(s)
  end)
  result("wall_ms", (now() - t0) / 1e6)
  result("cpu_ns_per_job", (C.cpu() - c0) / n)
end

local main = assert(W[C.workload], "unknown workload")
local m = spawn(main)
assert(cq:loop())
join(m)
