-- run.lua -- the benchmark runner (make bench, make bench-quick).
--
--   lua5.4 bench/run.lua [--quick] [--rounds=N] [--scale=F] [--only=IDS]
--     [--configs=IDS] [--out=DIR] --floor=PATH --host=CMD --lua=CMD
--     --cpath=PATTERN --workloads=DIR
--
-- Runs every workload in every configuration, each run in its own process;
-- the rounds are interleaved (every workload in every configuration, then
-- the next round) and the order of the configurations rotates each round.
-- Prints, per workload and figure, each configuration's median and min-max
-- and the median over the rounds of the per-round ratio of the reference to
-- the floor and to each peer; checks the targets of issue 7 (full mode);
-- writes everything as JSON to DIR/<date>-<time>.json when --out is given.
-- --quick: small N, one round, and nothing asserted but that every run
-- produced every figure (for CI).  --tap: report each run as a TAP test
-- and the table as comments (make check runs --quick --tap through
-- bench/quick.sh); a peer whose Lua module is not installed is skipped
-- there (unless CI=true), and is a failure otherwise.

local opts = {rounds = nil, scale = 1}
for _, a in ipairs(arg) do
  local k, v = a:match("^%-%-([%w-]+)=(.*)$")
  if a == "--quick" then
    opts.quick = true
  elseif a == "--tap" then
    opts.tap = true
  elseif a == "--help" then
    print("usage: run.lua [--quick] [--tap] [--rounds=N] [--scale=F]"
      .. " [--only=IDS] [--configs=IDS] [--out=DIR] --floor=PATH"
      .. " --host=CMD --lua=CMD --cpath=PATTERN --workloads=DIR")
    os.exit(0)
  elseif k then
    opts[k] = v
  else
    io.stderr:write("run.lua: unknown argument '", a, "'\n")
    os.exit(2)
  end
end
for _, k in ipairs {"floor", "host", "lua", "cpath", "workloads"} do
  if not opts[k] then
    io.stderr:write("run.lua: --", k, "= is required\n")
    os.exit(2)
  end
end
local rounds = math.tointeger(tonumber(opts.rounds or (opts.quick and 1 or 5)))
local scale = tonumber(opts.scale)
assert(rounds and rounds >= 1, "--rounds must be a positive integer")
assert(scale and scale > 0, "--scale must be a positive number")

local function sh_quote(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

local function set_of(list)
  if not list then return nil end
  local s = {}
  for id in list:gmatch("[^,%s]+") do s[id] = true end
  return s
end

-- The configurations; the reference first: the ratios are its own.
local wl = opts.workloads
local configs = {
  {id = "reference", label = "std.task reference (stdtask-lua host)",
   cmd = opts.host .. " " .. sh_quote(wl .. "/reference.lua")},
  {id = "floor", label = "floor: bare lua_newthread/resume/yield in C",
   cmd = sh_quote(opts.floor)},
  {id = "cqueues", label = "cqueues (lua-cqueues, stock lua5.4)",
   cmd = opts.lua .. " " .. sh_quote(wl .. "/cqueues.lua"),
   module = "cqueues", package = "lua-cqueues"},
  {id = "luv", label = "luv + plain coroutines (lua-luv, stock lua5.4)",
   cmd = opts.lua .. " " .. sh_quote(wl .. "/luv.lua"),
   module = "luv", package = "lua-luv"},
}

-- The workloads: N (full, quick), the figures each run prints, and the
-- equivalent each configuration uses where it lacks the primitive.
local workloads = {
  {id = "spawn", arg = "spawn", n = 1000000, quick = 2000,
   title = "spawn+join in sequence",
   figures = {{"ns_per_task", "ns/task"}},
   notes = {floor = "new thread resumed to completion",
            cqueues = "cq:wrap + a condition signalled at the end",
            luv = "coroutine on an idle-handle run queue + joiner list"}},
  {id = "yield", arg = "yield", n = 1000000, quick = 10000,
   title = "yield round trip, 1,000 ready tasks",
   figures = {{"ns_per_switch", "ns/switch"}},
   notes = {floor = "round-robin over an array of threads",
            cqueues = "cqueues.poll() with nothing to poll",
            luv = "requeue on the idle-handle run queue"}},
  {id = "sleep-1e5", arg = "sleep", n = 100000, quick = 2000,
   title = "concurrent tasks sleeping 10 ms",
   figures = {{"wall_ms", "ms wall"}, {"bytes_per_task", "B/task"}},
   notes = {floor = "FIFO of deadlines + nanosleep",
            cqueues = "cqueues.sleep; scope: live count + condition",
            luv = "a uv timer per sleep (luvit timer.sleep);"
              .. " scope: wait group"}},
  {id = "sleep-1e6", arg = "sleep", n = 1000000, quick = 2000,
   title = "concurrent tasks sleeping 10 ms",
   figures = {{"wall_ms", "ms wall"}, {"bytes_per_task", "B/task"}}},
  {id = "cancel", arg = "cancel", n = 100000, quick = 2000,
   title = "cancel fan-out of sleeping tasks",
   figures = {{"ms", "ms"}},
   notes = {floor = "each thread resumed with false, raises",
            cqueues = "scope = condition; sleepers poll(cond, t); signal",
            luv = "close each sleeper's timer, requeue, raise"}},
  {id = "timeout", arg = "timeout", n = 100000, quick = 2000,
   title = "with_timeout churn, body in time",
   figures = {{"ns_per_call", "ns/call"}},
   notes = {floor = "body in a new thread + a clock check, no timer",
            cqueues = "body wrapped; poll(end condition, time left)",
            luv = "body task + a uv timer, first to end wakes caller"}},
  {id = "mixed", arg = "mixed", n = 100000, quick = 2000,
   title = "worker pool: jobs of sleep 1 ms + 3 yields, in with_timeout",
   figures = {{"wall_ms", "ms wall"}, {"cpu_ns_per_job", "ns CPU/job"}},
   notes = {floor = "FIFO run + sleep queues, no timeout",
            cqueues = "with_timeout and scope as above",
            luv = "with_timeout and scope as above"}},
}

-- Targets of issue 7: a ratio to the floor, or an absolute bound.
local targets = {
  {workload = "spawn", figure = "ns_per_task", ratio = 3.0},
  {workload = "yield", figure = "ns_per_switch", ratio = 1.6},
  {workload = "sleep-1e5", figure = "bytes_per_task", max = 1300},
  {workload = "sleep-1e6", figure = "bytes_per_task", max = 1300},
  {workload = "sleep-1e6", figure = "wall_ms", ratio = 1.3},
  {workload = "cancel", figure = "ms", max = 100},
}

local only, only_configs = set_of(opts.only), set_of(opts.configs)
do
  local w, c = {}, {}
  for _, x in ipairs(workloads) do
    if not only or only[x.id] then w[#w + 1] = x end
  end
  for _, x in ipairs(configs) do
    if not only_configs or only_configs[x.id] then c[#c + 1] = x end
  end
  workloads, configs = w, c
  assert(#workloads > 0 and #configs > 0, "nothing to run")
end
for _, w in ipairs(workloads) do
  w.n = opts.quick and w.quick
    or math.max(1, math.floor(w.n * scale + 0.5))
end

local env = "LUA_CPATH=" .. sh_quote(opts.cpath .. ";;")
  .. " LUA_CPATH_5_4=" .. sh_quote(opts.cpath .. ";;")
local errfile = os.tmpname()
local TIME_LIMIT = 600  -- seconds, one run

-- A peer whose module is missing: skipped under --tap (a failure under
-- CI=true, and without --tap).
local missing = {}
local skip_missing = opts.tap and os.getenv("CI") ~= "true"
for _, c in ipairs(configs) do
  if c.module then
    local ok = os.execute(string.format("%s %s -e %s >/dev/null 2>&1", env,
      opts.lua, sh_quote("require '" .. c.module .. "'")))
    if not ok then
      missing[c.id] = string.format("Lua module '%s' not found (Debian: %s)",
        c.module, c.package)
    end
  end
end

-- Runs one configuration on one workload: its figures, or nil and why.
local function run_one(cfg, w)
  local cmd = string.format("%s timeout %d %s %s %d 2>%s", env, TIME_LIMIT,
    cfg.cmd, w.arg, w.n, sh_quote(errfile))
  local p = assert(io.popen(cmd, "r"))
  local out = p:read("a")
  local ok, how, code = p:close()
  local figs = {}
  for k, v in out:gmatch("result (%S+) (%S+)") do figs[k] = tonumber(v) end
  if not ok then
    local f = io.open(errfile)
    local err = f and f:read("a") or ""
    if f then f:close() end
    return nil, string.format("%s %s: %s", how, tostring(code),
      err:sub(1, 2000))
  end
  for _, fig in ipairs(w.figures) do
    local v = figs[fig[1]]
    if not v or v ~= v or v < 0 then
      return nil, "no figure '" .. fig[1] .. "' in: " .. out
    end
  end
  return figs
end

local function median(t)
  local s = {}
  for i, v in ipairs(t) do s[i] = v end
  table.sort(s)
  local m = #s
  if m == 0 then return nil end
  if m % 2 == 1 then return s[(m + 1) // 2] end
  return (s[m // 2] + s[m // 2 + 1]) / 2
end

local function minmax(t)
  local lo, hi = math.huge, -math.huge
  for _, v in ipairs(t) do
    lo, hi = math.min(lo, v), math.max(hi, v)
  end
  return lo, hi
end

-- runs[w.id][cfg.id][round] = figures table (or false after a failure)
local runs, failures = {}, {}
local t_start = os.time()
for _, w in ipairs(workloads) do
  runs[w.id] = {}
  for _, c in ipairs(configs) do runs[w.id][c.id] = {} end
end

local ntest = 0
if opts.tap then
  print("TAP version 13")
  print(string.format("1..%d", rounds * #workloads * #configs))
end
for r = 1, rounds do
  if not opts.tap then
    io.stderr:write(string.format("round %d/%d:", r, rounds))
  end
  for _, w in ipairs(workloads) do
    for i = 0, #configs - 1 do
      local c = configs[(i + r - 1) % #configs + 1]
      local name = string.format("%s/%s round %d", w.id, c.id, r)
      local figs, why
      if missing[c.id] then
        why = missing[c.id]
        if not skip_missing then why = why .. ": a failure here" end
      else
        if not opts.tap then
          io.stderr:write(" ", w.id, "/", c.id)
          io.stderr:flush()
        end
        figs, why = run_one(c, w)
      end
      ntest = ntest + 1
      if opts.tap then
        if figs then
          local parts = {}
          for _, fig in ipairs(w.figures) do
            parts[#parts + 1] = string.format("%s=%s", fig[1], figs[fig[1]])
          end
          print(string.format("ok %d - %s: %s", ntest, name,
            table.concat(parts, " ")))
        elseif missing[c.id] and skip_missing then
          print(string.format("ok %d - %s # SKIP %s", ntest, name, why))
        else
          print(string.format("not ok %d - %s", ntest, name))
          for line in why:gmatch("[^\n]+") do print("# " .. line) end
        end
        io.stdout:flush()
      end
      if not figs and not (missing[c.id] and skip_missing) then
        failures[#failures + 1] = name .. ": " .. why
        if not opts.tap then io.stderr:write("(FAILED)") end
      end
      runs[w.id][c.id][r] = figs or false
    end
  end
  if not opts.tap then io.stderr:write("\n") end
end
os.remove(errfile)

local function fmt(v)
  if v == nil then return "-" end
  local a = math.abs(v)
  if a >= 1000 then return string.format("%.0f", v) end
  if a >= 100 then return string.format("%.1f", v) end
  if a >= 10 then return string.format("%.2f", v) end
  return string.format("%.3f", v)
end

-- Summaries: per workload, figure, configuration; per-round ratios of the
-- reference to every other configuration.
local summary = {}
for _, w in ipairs(workloads) do
  local sw = {id = w.id, title = w.title, n = w.n, figures = {}}
  summary[#summary + 1] = sw
  for _, fig in ipairs(w.figures) do
    local key = fig[1]
    local sf = {figure = key, unit = fig[2], configs = {}, ratios = {}}
    sw.figures[#sw.figures + 1] = sf
    for _, c in ipairs(configs) do
      local vals = {}
      for r = 1, rounds do
        local f = runs[w.id][c.id][r]
        if f then vals[#vals + 1] = f[key] end
      end
      local lo, hi = minmax(vals)
      sf.configs[c.id] = {values = vals, median = median(vals),
        min = #vals > 0 and lo or nil, max = #vals > 0 and hi or nil}
    end
    for _, c in ipairs(configs) do
      if c.id ~= "reference" then
        local rs = {}
        for r = 1, rounds do
          local a, b = runs[w.id].reference and runs[w.id].reference[r],
            runs[w.id][c.id][r]
          if a and b and b[key] > 0 then rs[#rs + 1] = a[key] / b[key] end
        end
        sf.ratios[c.id] = {values = rs, median = median(rs)}
      end
    end
  end
end

-- Targets (not in quick mode: small N says nothing about them).
local verdicts = {}
if not opts.quick then
  for _, t in ipairs(targets) do
    for _, sw in ipairs(summary) do
      for _, sf in ipairs(sw.figures) do
        if sw.id == t.workload and sf.figure == t.figure then
          local v, want
          if t.ratio then
            v = sf.ratios.floor and sf.ratios.floor.median
            want = string.format("ref/floor <= %.1f", t.ratio)
          else
            v = sf.configs.reference and sf.configs.reference.median
            want = string.format("ref <= %g %s", t.max, sf.unit)
          end
          local met = v and v <= (t.ratio or t.max)
          sf.target = want
          sf.met = met
          verdicts[#verdicts + 1] = {workload = sw.id, figure = sf.figure,
            target = want, value = v, met = met or false}
        end
      end
    end
  end
end

-- The table.
local function pad(s, n, right)
  s = tostring(s)
  if #s >= n then return s end
  return right and string.rep(" ", n - #s) .. s or s .. string.rep(" ", n - #s)
end

-- 1000000 -> "10^6", 2000 -> "2000".
local function count(n)
  local k = math.floor(math.log(n, 10) + 0.5)
  if k >= 3 and 10 ^ k == n then return "10^" .. k end
  return string.format("%d", n)
end

local lines = {}
local function out(s) lines[#lines + 1] = s end
local head = pad("workload", 22) .. pad("figure", 11)
for _, c in ipairs(configs) do head = head .. pad(c.id, 24, true) end
for _, c in ipairs(configs) do
  if c.id ~= "reference" then head = head .. pad("ref/" .. c.id, 13, true) end
end
head = head .. "  target"
out(string.format("std.task benchmark: %s mode, %d round%s, %s",
  opts.quick and "quick" or "full", rounds, rounds == 1 and "" or "s",
  os.date("%Y-%m-%d %H:%M")))
out("each cell: median [min-max] over the rounds; ratios: median of the"
  .. " per-round ratio reference/other (< 1: the reference is faster)")
out("")
out(head)
out(string.rep("-", #head))
for _, sw in ipairs(summary) do
  for i, sf in ipairs(sw.figures) do
    local label = i == 1 and string.format("%s (%s)", sw.id, count(sw.n))
      or ""
    local row = pad(label, 22) .. pad(sf.unit, 11)
    for _, c in ipairs(configs) do
      local s = sf.configs[c.id]
      local cell = s.median and string.format("%s [%s-%s]", fmt(s.median),
        fmt(s.min), fmt(s.max)) or "FAILED"
      row = row .. pad(cell, 24, true)
    end
    for _, c in ipairs(configs) do
      if c.id ~= "reference" then
        local m = sf.ratios[c.id].median
        row = row .. pad(m and string.format("%.2fx", m) or "-", 13, true)
      end
    end
    if sf.target then
      row = row .. "  " .. sf.target .. (sf.met and ": met" or ": MISSED")
    end
    out(row)
  end
end
out("")
out("configurations:")
for _, c in ipairs(configs) do
  out(string.format("  %-10s %s", c.id, c.label))
end
out("equivalents where a configuration lacks the primitive:")
for _, w in ipairs(workloads) do
  for _, c in ipairs(configs) do
    local note = w.notes and w.notes[c.id]
    if note then
      out(string.format("  %-10s %-10s %s", w.arg, c.id, note))
    end
  end
end
out("the peers run under the stock lua5.4 (Lua linked statically); the"
  .. " reference and the floor link liblua5.4.so")
for _, line in ipairs(lines) do
  print(opts.tap and ("# " .. line):gsub("%s+$", "") or line)
end

-- JSON.
local function json(v, ind)
  ind = ind or ""
  local t = type(v)
  if t == "nil" then return "null" end
  if t == "boolean" then return tostring(v) end
  if t == "number" then
    if v ~= v or v == math.huge or v == -math.huge then return "null" end
    if math.type(v) == "integer" then return tostring(v) end
    return string.format("%.6g", v)
  end
  if t == "string" then
    return '"' .. v:gsub('[%c"\\]', function(ch)
      return string.format("\\u%04x", ch:byte())
    end) .. '"'
  end
  local inner = ind .. "  "
  local parts = {}
  if #v > 0 or next(v) == nil then
    for _, x in ipairs(v) do parts[#parts + 1] = inner .. json(x, inner) end
    if #parts == 0 then return "[]" end
    return "[\n" .. table.concat(parts, ",\n") .. "\n" .. ind .. "]"
  end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = tostring(k) end
  table.sort(keys)
  for _, k in ipairs(keys) do
    parts[#parts + 1] = inner .. json(k) .. ": " .. json(v[k], inner)
  end
  return "{\n" .. table.concat(parts, ",\n") .. "\n" .. ind .. "}"
end

if opts.out then
  local p = io.popen("uname -srm 2>/dev/null; nproc 2>/dev/null")
  local uname, nproc = p:read("l"), p:read("l")
  p:close()
  local cfgs = {}
  for _, c in ipairs(configs) do
    cfgs[#cfgs + 1] = {id = c.id, label = c.label}
  end
  local doc = {
    date = os.date("!%Y-%m-%dT%H:%M:%SZ", t_start),
    mode = opts.quick and "quick" or "full",
    rounds = rounds,
    machine = {uname = uname, cores = tonumber(nproc)},
    configs = cfgs,
    workloads = summary,
    targets = verdicts,
    failures = failures,
    table = lines,
  }
  local name = string.format("%s/%s.json", opts.out,
    os.date("%Y-%m-%d-%H%M%S", t_start))
  local f = io.open(name, "w")
  if not f then
    os.execute("mkdir -p " .. sh_quote(opts.out))
    f = assert(io.open(name, "w"))
  end
  f:write(json(doc), "\n")
  f:close()
  print("\nwrote " .. name)
end

if #failures > 0 then
  io.stderr:write("\nrun.lua: ", #failures, " run(s) failed:\n")
  for _, f in ipairs(failures) do io.stderr:write("  ", f, "\n") end
  os.exit(1)
end
if opts.quick then
  print(string.format("%sbench-quick: %d workloads x %d configurations,"
    .. " every figure produced", opts.tap and "# " or "\n", #workloads,
    #configs))
end
