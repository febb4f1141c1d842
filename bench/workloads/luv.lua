-- luv.lua -- the benchmark's workloads on luv driven by plain Lua
-- coroutines, the do-it-yourself way luvit's coro-* helpers do it:
--   lua5.4 luv.lua WORKLOAD N
-- The driver below is the whole "runtime": a FIFO run queue drained by an
-- idle handle (each pass runs the coroutines that were ready when it
-- began), a uv timer per sleep resuming its coroutine from the callback
-- (luvit's timer.sleep), a task table with its joiners for join, and a
-- "scope" that is a wait group (a count of live tasks, one waiter) plus a
-- cancelled flag its sleeps check.  Nothing here is tuned for the
-- benchmark.
local C = dofile((arg[0]:match("^(.*)/") or ".") .. "/common.lua")
local uv = require "luv"
local n, now, result = C.n, C.now, C.result

local resume, yield, running = coroutine.resume, coroutine.yield,
  coroutine.running

local function check(co, ok, err)
  if not ok then error(debug.traceback(co, tostring(err)), 0) end
end

-- Run queue.
local queue, qhead, qtail = {}, 1, 0
local idle = uv.new_idle()
local idling = false

local function run_queue()
  local last = qtail
  while qhead <= last do
    local co = queue[qhead]
    queue[qhead] = nil
    qhead = qhead + 1
    check(co, resume(co))
  end
  if qhead > qtail then
    idle:stop()
    idling = false
  end
end

local function ready(co)
  qtail = qtail + 1
  queue[qtail] = co
  if not idling then
    idling = true
    idle:start(run_queue)
  end
end

-- Tasks: a coroutine running fn under pcall, its outcome, its joiners.
local function spawn(fn)
  local t = {done = false}
  t.co = coroutine.create(function()
    t.ok, t.res = pcall(fn)
    t.done = true
    local w = t.joiners
    if w then
      for i = 1, #w do ready(w[i]) end
    end
  end)
  ready(t.co)
  return t
end

local function wait(t)
  if not t.done then
    local w = t.joiners
    if not w then w = {}; t.joiners = w end
    w[#w + 1] = running()
    yield()
  end
end

local function join(t)
  wait(t)
  if not t.ok then error(t.res, 0) end
  return t.res
end

local function task_yield()
  ready(running())
  yield()
end

-- luvit's timer.sleep.
local function sleep(ms)
  local co = running()
  local timer = uv.new_timer()
  timer:start(ms, 0, function()
    timer:close()
    check(co, resume(co))
  end)
  yield()
end

-- A scope: a count of live tasks, the coroutine waiting for it to drop to
-- zero, a cancelled flag, the timers of its sleepers.
local function new_scope()
  return {live = 0, sleepers = {}, cancelled = false}
end

-- A task of the scope; the first failure other than cancellation is kept.
local function scope_spawn(s, fn)
  s.live = s.live + 1
  ready(coroutine.create(function()
    local ok, err = pcall(fn)
    if not ok and err ~= "task cancelled" then s.failed = s.failed or err end
    s.live = s.live - 1
    if s.live == 0 and s.waiter then ready(s.waiter) end
  end))
end

local function scope_drain(s)
  if s.live > 0 then
    s.waiter = running()
    yield()
    s.waiter = nil
  end
  if s.failed then error(s.failed, 0) end
end

-- A sleep that the scope's cancel() ends early with an error.
local function scope_sleep(s, ms)
  if s.cancelled then error("task cancelled", 0) end
  local co = running()
  local timer = uv.new_timer()
  s.sleepers[co] = timer
  timer:start(ms, 0, function()
    timer:close()
    s.sleepers[co] = nil
    check(co, resume(co))
  end)
  yield()
  if s.cancelled then error("task cancelled", 0) end
end

local function scope_cancel(s)
  s.cancelled = true
  for co, timer in pairs(s.sleepers) do
    s.sleepers[co] = nil
    timer:close()
    ready(co)
  end
end

-- with_timeout: the body in its own task, a uv timer for the deadline;
-- whichever ends first wakes the caller.  (No cancellation of a late body:
-- a timed-out body is left to run.)
local function with_timeout(ms, fn)
  local caller = running()
  local fired = false
  local t = spawn(fn)
  local timer = uv.new_timer()
  timer:start(ms, 0, function()
    fired = true
    if not t.done then  -- stop waiting for the body
      local w = t.joiners
      for i = #w, 1, -1 do
        if w[i] == caller then table.remove(w, i) end
      end
      ready(caller)
    end
  end)
  wait(t)
  timer:close()
  if fired and not t.done then error("timed out", 0) end
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
    for _ = 1, r do task_yield() end
  end
  local t0 = now()
  local s = new_scope()
  for _ = 1, ntasks do scope_spawn(s, yielder) end
  scope_drain(s)
  result("ns_per_switch", (now() - t0) / (ntasks * r))
end

function W.sleep()
  local function sleeper() sleep(10) end
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
  while started < n do task_yield() end
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
      sleep(1)
      for _ = 1, 3 do task_yield() end
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
uv.run()
join(m)
