-- gen.lua: the std.task fuzzer's program generator (stock Lua 5.4).
--
--   lua5.4 harness/fuzz/gen.lua SEED [SIZE] > program.lua
--   HOST program.lua            -- any std.task host; prints TAP
--
-- From SEED it writes one self-contained std.task program: a random tree
-- of nested scopes, spawns, sleeps, yields, checkpoints, cancels, aborts,
-- joins, with_timeouts, pcalls and <close> variables, every step logged to
-- an in-memory event log. At the end the program checks six invariants on
-- its log and prints TAP (one test point each, plus one that it ran to the
-- end):
--   1 no scope returns while a task spawned into it is alive
--   2 an aborted task never runs again (nor does a task after its exit)
--   3 every <close> variable is closed exactly once
--   4 every join returns the task's real outcome
--   5 with_timeout returns within deadline + grace + epsilon
--   6 level-triggered cancel: after sleep/yield/checkpoint raised
--     "task cancelled", the next checkpoint raises again
--   8 the coroutine library refuses task threads: coroutine.resume of a
--     thread taken with coroutine.running() in a task returns false
-- Hostile shapes (issue 19) are generated too: a task aborting itself or
-- its parent right before it suspends, finalizers (__gc) that call std.task
-- at whatever allocation they interrupt, under the generational or a
-- small-step incremental collector, and the coroutine library on task
-- threads.
-- Durations are scaled by STDTASK_TIME_SCALE; epsilon is FUZZ_EPSILON_MS
-- (default 100) x STDTASK_TIME_SCALE. The program uses only std.task and
-- the standard library, so a failing one can become a catalogue script.
-- SIZE (default 40) bounds the number of statements generated.

local seed = tonumber(arg[1])
local budget = tonumber(arg[2] or "40")
if not seed or not budget then
  io.stderr:write("usage: lua5.4 gen.lua SEED [SIZE]\n")
  os.exit(2)
end
math.randomseed(seed)

local R = math.random
local function chance(p) return R() < p end
local function pick(t) return t[R(#t)] end

local out = {}
local function emit(ind, s) out[#out + 1] = string.rep("  ", ind) .. s end

local ids = { task = 0, scope = 0, close = 0 }
local function new(kind) ids[kind] = ids[kind] + 1; return ids[kind] end

-- A context is where a statement is generated:
--   tid      the id of the task running it (0: the main chunk)
--   scope    the id of its effective scope (the innermost scope open in the
--            task, else the scope the task was spawned into); s<scope> is
--            a visible variable
--   scopes   every scope variable lexically visible (for :cancel())
--   handles  handles lexically visible: { var = "h7", tid = 7 }
--   depth    nesting depth
local function child_ctx(ctx, t)
  local c = {}
  for k, v in pairs(ctx) do c[k] = v end
  for k, v in pairs(t) do c[k] = v end
  return c
end

local function copy(list)
  local c = {}
  for i, v in ipairs(list) do c[i] = v end
  return c
end

local block  -- forward

local function ms(lo, hi) return R(lo, hi) end

local function step(ind, ctx)
  emit(ind, ("log('step', %d)"):format(ctx.tid))
end

-- Protected suspension: a cancellation is swallowed, then the next
-- checkpoint must raise again (invariant 6); any other error propagates.
local function guarded(ind, ctx, call)
  emit(ind, ("do local ok, e = pcall(%s); log('step', %d)"):format(call, ctx.tid))
  emit(ind + 1, ("if not ok then if is_cancel(e) then relevel(%d) else error(e, 0) end end")
       :format(ctx.tid))
  emit(ind, "end")
end

local stmts = {}

function stmts.sleep(ind, ctx)
  if chance(0.5) then
    step(ind, ctx)
    emit(ind, ("task.sleep(T(%d))"):format(ms(0, 15)))
    step(ind, ctx)
  else
    guarded(ind, ctx, ("task.sleep, T(%d)"):format(ms(0, 15)))
  end
end

function stmts.yield(ind, ctx)
  if chance(0.5) then
    step(ind, ctx)
    emit(ind, "task.yield()")
    step(ind, ctx)
  else
    guarded(ind, ctx, "task.yield")
  end
end

function stmts.checkpoint(ind, ctx)
  if chance(0.3) then
    emit(ind, "task.checkpoint()")
  else
    guarded(ind, ctx, "task.checkpoint")
  end
end

-- A loop that swallows every cancellation (but still suspends, so
-- with_timeout's stage 3 can end it).
function stmts.swallow(ind, ctx)
  emit(ind, ("for _ = 1, %d do"):format(R(10, 100)))
  guarded(ind + 1, ctx, ("task.sleep, T(%d)"):format(ms(0, 2)))
  emit(ind, "end")
end

function stmts.close(ind, ctx)
  emit(ind, ("local _c%d <close> = closer(%d, %d)"):format(new("close"), ids.close,
       ctx.tid))
end

function stmts.fail(ind, ctx)
  emit(ind, ("if ALWAYS then error({ tid = %d }) end"):format(ctx.tid))
end

-- Suspend right after an abort of this task (pending: it takes effect
-- here); nothing after it may run, a with_timeout body included.
local function suspend_now(ind, ctx)
  local k = R(4)
  if k == 1 then emit(ind, "task.yield()")
  elseif k == 2 then emit(ind, ("task.sleep(T(%d))"):format(ms(0, 3)))
  elseif k == 3 then
    emit(ind, ("task.with_timeout(T(%d), function() log('step', %d) end)"):format(ms(1, 10), ctx.tid))
  else emit(ind, "coroutine.yield()") end
  step(ind, ctx)
end

function stmts.selfabort(ind, ctx)
  if not ctx.self_var then return stmts.yield(ind, ctx) end
  emit(ind, ("log('abort', %d, %d); %s:abort()"):format(ctx.tid, ctx.tid, ctx.self_var))
  suspend_now(ind, ctx)
end

function stmts.parentabort(ind, ctx)
  if not ctx.parent_var then return stmts.selfabort(ind, ctx) end
  emit(ind, ("log('abort', %d, %d); %s:abort()"):format(ctx.parent_tid, ctx.tid, ctx.parent_var))
  if chance(0.5) and ctx.self_var then
    emit(ind, ("log('abort', %d, %d); %s:abort()"):format(ctx.tid, ctx.tid, ctx.self_var))
    suspend_now(ind, ctx)
  end
end

-- Garbage with finalizers that call std.task (see GC in the prologue).
function stmts.gc(ind, ctx)
  emit(ind, ("garbage(%d)"):format(R(1, 8)))
end

-- The coroutine library on task threads: this one, or one kept earlier.
function stmts.coro(ind, ctx)
  emit(ind, ("do local co = chance_thread(); local ok, e = coroutine.resume(co); log('coro', %d, ok, e)")
       :format(ctx.tid))
  emit(ind + 1, "pcall(coroutine.close, co); coroutine.status(co) end")
end

function stmts.cancel(ind, ctx)
  local s = pick(ctx.scopes)
  if chance(0.5) then
    emit(ind, ("s%d:cancel()"):format(s))
  else
    emit(ind, ("s%d:token():cancel()"):format(s))
  end
end

function stmts.spawn(ind, ctx)
  local tid = new("task")
  local var = "h" .. tid
  local into, how
  if chance(0.5) then
    into, how = ctx.scope, ("s%d:spawn"):format(ctx.scope)
  else
    -- task.spawn: into the effective scope (the root scope never occurs:
    -- everything runs inside the top scope s1).
    into, how = ctx.scope, "task.spawn"
  end
  emit(ind, ("log('spawn', %d, %d, %d)"):format(tid, into, ctx.tid))
  emit(ind, ("local %s; %s = %s(run(%d, function()"):format(var, var, how, tid))
  local c = child_ctx(ctx, { tid = tid, scope = into, depth = ctx.depth + 1,
                             handles = copy(ctx.handles), self_var = var,
                             parent_var = ctx.self_var, parent_tid = ctx.tid })
  block(ind + 1, c, R(1, 4))
  if chance(0.15) then
    emit(ind + 1, ("error({ tid = %d })"):format(tid))
  else
    emit(ind + 1, ("return { tid = %d }, %d"):format(tid, tid))
  end
  emit(ind, "end)" .. (chance(0.3) and (", { name = 't%d' })"):format(tid) or ")"))
  emit(ind, ("keep_handle(%s)"):format(var))
  ctx.handles[#ctx.handles + 1] = { var = var, tid = tid }
end

function stmts.join(ind, ctx)
  if #ctx.handles == 0 then return stmts.yield(ind, ctx) end
  local h = pick(ctx.handles)
  emit(ind, ("do local ok, v = pcall(%s.join, %s)"):format(h.var, h.var))
  emit(ind + 1, ("log('join', %d, ok, v, s%d:token():is_cancelled(), %d)")
       :format(h.tid, ctx.scope, ctx.tid))
  emit(ind, "end")
end

function stmts.abort(ind, ctx)
  if #ctx.handles == 0 then return stmts.checkpoint(ind, ctx) end
  local h = pick(ctx.handles)
  emit(ind, ("log('abort', %d, %d); %s:abort()"):format(h.tid, ctx.tid, h.var))
end

function stmts.scope(ind, ctx)
  local sid = new("scope")
  emit(ind, "do")
  emit(ind + 1, ("local ok, e = pcall(task.scope, function(s%d)"):format(sid))
  emit(ind + 2, ("log('scope_open', %d, %d)"):format(sid, ctx.tid))
  local scopes = copy(ctx.scopes)
  scopes[#scopes + 1] = sid
  local c = child_ctx(ctx, { scope = sid, scopes = scopes, depth = ctx.depth + 1,
                             handles = copy(ctx.handles) })
  block(ind + 2, c, R(1, 5))
  emit(ind + 1, "end)")
  emit(ind + 1, ("log('scope_exit', %d, %d)"):format(sid, ctx.tid))
  emit(ind + 1, ("if not ok and not is_expected(e) then error(e, 0) end"))
  emit(ind, "end")
end

function stmts.timeout(ind, ctx)
  local sid = new("scope")
  local deadline, grace = ms(0, 25), pick({ 0, 0, 1, 5, 10, 20 })
  emit(ind, "do")
  emit(ind + 1, "local t0 = now()")
  emit(ind + 1, ("local ok, e = pcall(task.with_timeout, T(%d), function(s%d)")
       :format(deadline, sid))
  emit(ind + 2, ("log('scope_open', %d, %d)"):format(sid, ctx.tid))
  local scopes = copy(ctx.scopes)
  scopes[#scopes + 1] = sid
  local c = child_ctx(ctx, { scope = sid, scopes = scopes, depth = ctx.depth + 1,
                             handles = copy(ctx.handles) })
  block(ind + 2, c, R(1, 5))
  emit(ind + 1, ("end, { grace_ms = T(%d) })"):format(grace))
  emit(ind + 1, ("log('scope_exit', %d, %d)"):format(sid, ctx.tid))
  emit(ind + 1, ("log('wt', %d, now() - t0, T(%d) + T(%d), %d)")
       :format(sid, deadline, grace, ctx.tid))
  emit(ind + 1, ("if not ok and not is_expected(e) then error(e, 0) end"))
  emit(ind, "end")
end

function stmts.pcall(ind, ctx)
  emit(ind, "do")
  emit(ind + 1, "local ok, e = pcall(function()")
  local c = child_ctx(ctx, { depth = ctx.depth + 1, handles = copy(ctx.handles) })
  block(ind + 2, c, R(1, 4))
  emit(ind + 1, "end)")
  emit(ind + 1, "if not ok and not is_expected(e) then error(e, 0) end")
  emit(ind, "end")
end

-- Weights: leaves are common; structure thins out with depth.
local leaf = { "sleep", "sleep", "yield", "checkpoint", "close", "join", "join",
               "abort", "cancel", "swallow", "fail", "gc", "gc", "coro" }
local rare = { "selfabort", "parentabort" }
local nest = { "spawn", "spawn", "spawn", "scope", "timeout", "pcall" }

function block(ind, ctx, n)
  for _ = 1, n do
    if budget <= 0 then return end
    budget = budget - 1
    local kind
    if ctx.depth < 4 and chance(0.55 - 0.1 * ctx.depth) then
      kind = pick(nest)
    else
      kind = pick(leaf)
      -- A deliberate failure or a cancel mostly ends a block; keep them rare.
      if (kind == "fail" or kind == "cancel") and chance(0.6) then kind = "sleep" end
      if chance(0.04) then kind = pick(rare) end
    end
    stmts[kind](ind, ctx)
  end
end

-- The runtime part of every program: logging, helpers, the checker.
local prologue = [==[
-- Generated by harness/fuzz/gen.lua (seed @SEED@, size @SIZE@); replay:
--   lua5.4 harness/fuzz/gen.lua @SEED@ @SIZE@ > p.lua && HOST p.lua
-- luacheck: no unused (handles are kept whether or not they are joined)
local task = std.task
local SEED = @SEED@
local SCALE = tonumber(os.getenv("STDTASK_TIME_SCALE") or "") or 1
local EPS = (tonumber(os.getenv("FUZZ_EPSILON_MS") or "") or 100) * SCALE
local ALWAYS = true
local function T(n) return n * SCALE end

local LOG = {}
-- table.pack first: its allocation may run a finalizer that logs (an
-- abort closing a task's exit marker); an index taken before it would be
-- taken twice, and the finalizer's event overwritten.
local function log(...) local e = table.pack(...); LOG[#LOG + 1] = e end

-- A clock: a root task that sleeps until aborted; its Handle:elapsed()
-- counts milliseconds on the host's own clock.
local CLOCK = task.spawn(function() task.sleep(1e8) end)
local function now() return CLOCK:elapsed() end

local function is_cancel(e)
  return type(e) == "string" and e:find("task cancelled", 1, true) ~= nil
end
-- Errors a generated construct may end with: cancellation, timeout, abort,
-- or a task's deliberate { tid = N } failure.
local function is_expected(e)
  if type(e) == "table" and math.type(e.tid) == "integer" then return true end
  return type(e) == "string" and (is_cancel(e) or e:find("timed out", 1, true)
         or e:find("task aborted", 1, true)) ~= nil
end
local function relevel(tid)
  local ok = pcall(task.checkpoint)
  log("relevel", tid, ok)
end
local function closer(id, tid)
  local c = setmetatable({}, { __close = function() log("close", id, tid) end })
  log("open", id, tid)
  return c
end
-- A task body: logs its start, its outcome, and (from a <close> marker,
-- so even when aborted) its exit, the last thing it does.
local function run(tid, body)
  return function()
    log("start", tid)
    local _m <close> = setmetatable({}, { __close = function() log("exit", tid) end })
    local r = table.pack(pcall(body))
    log("end", tid, r[1], r[2])
    if not r[1] then error(r[2], 0) end
    return table.unpack(r, 2, r.n)
  end
end

-- Finalizers (issue 19): garbage(n) makes n tables whose __gc does one
-- std.task action under pcall, at whatever allocation runs it.  Their
-- aborts are not logged: one that hits a running task takes effect at its
-- next suspension, which the log cannot tell from a real fault.
local KEEP = { handles = {}, threads = {} }
local GR = @GCSEED@
local function grand(m) GR = GR * 16807 % 2147483647; return GR % m + 1 end
local function keep_handle(h) if #KEEP.handles < 32 then KEEP.handles[#KEEP.handles + 1] = h
  else KEEP.handles[grand(32)] = h end end
local function chance_thread()
  local co = coroutine.running()
  if #KEEP.threads < 16 then KEEP.threads[#KEEP.threads + 1] = co end
  if grand(2) == 1 then return co end
  return KEEP.threads[grand(#KEEP.threads)]
end
-- Finalizers abort kept tasks too (FUZZ_GC_ABORT=0 leaves that action
-- out, to tell its failures from the others').
local GC_ABORT = os.getenv("FUZZ_GC_ABORT") ~= "0"
local GC_ACTIONS = {
  function() local h = KEEP.handles[grand(#KEEP.handles + 1)]; if h and GC_ABORT then h:abort() end end,
  function() task.spawn(function() end) end,
  function() local h = KEEP.handles[grand(#KEEP.handles + 1)]; if h and h:is_finished() then pcall(h.join, h) end end,
  function() task.sleep(1) end,
  function() task.current(); task.checkpoint() end,
  function() task.cancel_token():cancel() end,
  function() local co = KEEP.threads[grand(#KEEP.threads + 1)]; if co then coroutine.resume(co); pcall(coroutine.close, co) end end,
}
local GCMT = { __gc = function() pcall(GC_ACTIONS[grand(#GC_ACTIONS)]) end }
local function garbage(n) for _ = 1, n do setmetatable({}, GCMT) end end
@GCMODE@

local finished
local top_ok, top_err = pcall(task.scope, function(s1)
  log("scope_open", 1, 0)
]==]

local epilogue = [==[
end)
log("scope_exit", 1, 0)
finished = true
CLOCK:abort()

-- The checker --------------------------------------------------------------
local fails = {}
-- Which field of each event names the task that logged it.
local ACTOR = { step = 2, relevel = 2, start = 2, ["end"] = 2, exit = 2, open = 3,
                close = 3, scope_open = 3, scope_exit = 3, join = 6, spawn = 4,
                abort = 3, wt = 5 }
local function bad(n, msg) if not fails[n] then fails[n] = msg end end

local spawned_in, started, exited, ended, aborted = {}, {}, {}, {}, {}
local opened, closed = {}, {}
for i, ev in ipairs(LOG) do
  local k, a = ev[1], ev[2]
  if k == "spawn" then spawned_in[a] = ev[3]
  elseif k == "start" then
    if started[a] then bad(2, ("task %d started twice"):format(a)) end
    started[a] = i
    if aborted[a] then bad(2, ("task %d started after its abort at event %d"):format(a, aborted[a])) end
  elseif k == "end" then ended[a] = ev
  elseif k == "exit" then
    if exited[a] then bad(3, ("task %d exit marker closed twice"):format(a)) end
    exited[a] = i
  elseif k == "abort" then aborted[a] = aborted[a] or i
  elseif k == "open" then opened[a] = ev[3]
  elseif k == "close" then
    closed[a] = (closed[a] or 0) + 1
    if closed[a] > 1 then bad(3, ("<close> %d closed %d times"):format(a, closed[a])) end
  end
  -- 2: nothing of a task after its exit marker closed; after its abort
  -- (by another task) only its <close> handlers and its exit marker.
  local tid = ev[ACTOR[k]]
  if tid and tid ~= 0 then
    if exited[tid] and exited[tid] < i then
      bad(2, ("task %d ran (%s, event %d) after its exit (event %d)"):format(tid, k, i, exited[tid]))
    end
    if aborted[tid] and aborted[tid] < i and k ~= "close" and k ~= "exit" then
      bad(2, ("task %d ran (%s, event %d) after its abort (event %d)"):format(tid, k, i, aborted[tid]))
    end
  end
end

-- 1: a scope exits only after every task spawned into it exited (or never
-- started, and then never starts).
for i, ev in ipairs(LOG) do
  if ev[1] == "scope_exit" then
    local sid = ev[2]
    for tid, s in pairs(spawned_in) do
      if s == sid then
        if started[tid] and not (exited[tid] and exited[tid] < i) then
          bad(1, ("scope %d returned (event %d) while task %d was alive (exit: %s)")
              :format(sid, i, tid, tostring(exited[tid])))
        end
        -- A task that had not started must never start afterwards.
        if started[tid] and started[tid] > i then
          bad(1, ("task %d started after scope %d returned"):format(tid, sid))
        end
      end
    end
  end
end

-- 3: every <close> variable and every task's exit marker exactly once.
for id in pairs(closed) do
  if not opened[id] then bad(3, ("<close> %d closed but never opened"):format(id)) end
end
for id, tid in pairs(opened) do
  if (closed[id] or 0) ~= 1 then
    bad(3, ("<close> %d of task %d closed %d times"):format(id, tid, closed[id] or 0))
  end
end
for tid in pairs(started) do
  if not exited[tid] then bad(3, ("task %d started but its exit marker never closed"):format(tid)) end
end

-- 4: every join returned the task's real outcome.
for _, ev in ipairs(LOG) do
  if ev[1] == "join" then
    local tid, ok, v, joiner_cancelled = ev[2], ev[3], ev[4], ev[5]
    local e = ended[tid]
    local what
    if ok then
      if not (e and e[3] and rawequal(e[4], v)) then what = "returned values it did not return" end
    elseif joiner_cancelled and is_cancel(v) then
      what = nil  -- join is a checkpoint: a cancelled joiner may see that
    elseif e then
      if e[3] then what = "raised although the task returned"
      elseif not rawequal(e[4], v) then what = "raised another error value" end
    elseif not started[tid] or exited[tid] then
      if not (type(v) == "string" and v:find("task aborted", 1, true)) then
        what = "did not report the abort"
      end
    else
      what = "raised while the task was still running"
    end
    if what then
      bad(4, ("join of task %d %s (got %s %s)"):format(tid, what, tostring(ok), tostring(v)))
    end
  end
end

-- 5: with_timeout returned within deadline + grace + epsilon.
for _, ev in ipairs(LOG) do
  if ev[1] == "wt" and ev[3] > ev[4] + EPS then
    bad(5, ("with_timeout of scope %d took %.1f ms > %.1f + %.1f"):format(ev[2], ev[3], ev[4], EPS))
  end
end

-- 6: level-triggered cancel.
for _, ev in ipairs(LOG) do
  if ev[1] == "relevel" and ev[3] then
    bad(6, ("task %d: checkpoint passed right after a swallowed cancel"):format(ev[2]))
  end
end

if not finished then bad(7, "the program did not run to the end") end

-- 8: coroutine.resume never resumed a task's thread.
for _, ev in ipairs(LOG) do
  if ev[1] == "coro" and ev[3] then
    bad(8, ("task %d: coroutine.resume of a task thread succeeded"):format(ev[2]))
  end
end
if not top_ok and not is_expected(top_err) then
  bad(7, "the top scope raised: " .. tostring(top_err))
end

local names = {
  "no scope returned while a task spawned into it was alive",
  "no aborted task ran again (nor any task after its exit)",
  "every <close> variable closed exactly once",
  "every join returned the task's real outcome",
  "every with_timeout returned within deadline + grace + epsilon",
  "level-triggered cancel re-raised at the next checkpoint",
  "the program ran to the end",
  "the coroutine library refused task threads",
}
print("TAP version 13")
print("1.." .. #names)
for n, name in ipairs(names) do
  if fails[n] then
    print(("not ok %d - %s (seed %d)"):format(n, name, SEED))
    print("  ---")
    print("  message: " .. ("%q"):format(fails[n]))
    print("  seed: " .. SEED)
    print("  ...")
  else
    print(("ok %d - %s"):format(n, name))
  end
end
print(("# seed %d: %d events, %d tasks"):format(SEED, #LOG, @NTASKS@))
]==]

local top = { tid = 0, scope = 1, scopes = { 1 }, handles = {}, depth = 0 }
local gcseed = R(1, 2147483646)
local gcmode = pick({ "", "collectgarbage('generational')",
                      ("collectgarbage('incremental', %d, %d, %d)"):format(R(0, 50), R(100, 1000), R(0, 4)) })
ids.scope = 1
block(1, top, budget)
-- Leftover budget: top-level statements until it is spent.
while budget > 0 do block(1, top, 1) end

local function subst(s)
  return (s:gsub("@(%u+)@", { SEED = tostring(seed), SIZE = tostring(tonumber(arg[2] or "40")),
                              NTASKS = tostring(ids.task), GCSEED = tostring(gcseed),
                              GCMODE = gcmode }))
end
io.write(subst(prologue))
io.write(table.concat(out, "\n"), "\n")
io.write(subst(epilogue))
