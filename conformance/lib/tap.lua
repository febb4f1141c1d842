-- tap.lua: the conformance catalogue's tiny TAP 13 producer (pure Lua 5.4).
--
-- Writes "TAP version 13" (never 14: prove 3.44 rejects it), then the plan,
-- then one "ok N - desc" / "not ok N - desc" line per test point; a failure
-- is followed by a YAML block indented two spaces (got, want, where). It
-- never calls os.exit: the host's own drain-and-exit behaviour is under
-- test, and a plan/count mismatch is the harness's to detect.
--
-- Besides assertions it offers what every script needs: the time scale
-- (STDTASK_TIME_SCALE, tap.ms), the optional-feature gate (STDTASK_FEATURES,
-- tap.needs), SHOULD checks as TODO points (tap.should), an event log
-- (tap.log), the cancellation test (tap.is_cancel) and child hosts
-- (tap.needs_host, tap.run_script). Failing points repeat got/want/where on
-- standard error, where prove shows them without -v. Only the standard library is used; nothing here
-- suspends, so assertions are safe in any task, any close handler.

local tap = {}

local out = io.stdout
local header_done = false
local planned = false
local count = 0
local todo_reason = nil
local should_reason = nil
local bailed = false

local function emit(line)
  if bailed then return end
  out:write(line, "\n")
  out:flush()
end

local function header()
  if not header_done then
    header_done = true
    emit("TAP version 13")
  end
end

-- Environment ---------------------------------------------------------------

local function read_scale()
  local s = os.getenv("STDTASK_TIME_SCALE")
  if s == nil or s == "" then return 1 end
  local n = tonumber(s)
  if n == nil or n ~= n or n <= 0 or n == math.huge then
    error("tap.lua: STDTASK_TIME_SCALE='" .. s ..
          "' is not a positive finite number", 0)
  end
  return n
end

--- Multiplier for every duration and every time bound a script uses.
tap.scale = read_scale()

--- n milliseconds, scaled by STDTASK_TIME_SCALE.
function tap.ms(n)
  return n * tap.scale
end

local function features()
  local set = {}
  for f in (os.getenv("STDTASK_FEATURES") or ""):gmatch("[^,]+") do
    f = f:match("^%s*(.-)%s*$")
    if f ~= "" then set[f] = true end
  end
  return set
end

--- true if the host claims the optional feature (STDTASK_FEATURES); prints
--- nothing. Use tap.needs to gate a script on a feature.
function tap.has(feature)
  return features()[feature] == true
end

--- Prints a skip-all plan ("1..0 # SKIP reason"); the script then returns.
function tap.skip_all(reason)
  header()
  planned = true
  emit("1..0 # SKIP " .. tostring(reason))
end

--- true if the host claims every named feature; otherwise prints a skip-all
--- plan naming the first missing one and returns false.
function tap.needs(...)
  local set = features()
  for i = 1, select("#", ...) do
    local f = select(i, ...)
    if not set[f] then
      tap.skip_all(tostring(f) .. " not claimed by host")
      return false
    end
  end
  return true
end

-- Value rendering for the YAML blocks ---------------------------------------

local function is_ident(k)
  return type(k) == "string" and k:match("^[%a_][%w_]*$") ~= nil
end

local function render(v, seen, depth)
  local t = type(v)
  if t == "string" then
    return (string.format("%q", v):gsub("\\\n", "\\n"))
  elseif t == "number" then
    if math.type(v) == "integer" then return tostring(v) end
    if v ~= v then return "0/0" end
    if v == math.huge then return "math.huge" end
    if v == -math.huge then return "-math.huge" end
    return (string.format("%.17g", v):gsub("^(%-?%d+)$", "%1.0"))
  elseif t ~= "table" then
    return tostring(v)
  end
  seen = seen or {}
  depth = depth or 0
  if seen[v] or depth > 4 then return "{...}" end
  seen[v] = true
  local parts, n = {}, #v
  for i = 1, n do parts[#parts + 1] = render(v[i], seen, depth + 1) end
  local keys = {}
  for k in pairs(v) do
    if not (math.type(k) == "integer" and k >= 1 and k <= n) then
      keys[#keys + 1] = k
    end
  end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  for _, k in ipairs(keys) do
    local ks = is_ident(k) and k or "[" .. render(k, seen, depth + 1) .. "]"
    parts[#parts + 1] = ks .. " = " .. render(v[k], seen, depth + 1)
  end
  seen[v] = nil
  return "{" .. table.concat(parts, ", ") .. "}"
end

-- A YAMLish scalar that TAP::Parser reads back: plain for numbers, booleans
-- and nil, a double-quoted string (with \" \\ \n \t \xHH escapes) otherwise.
local function yaml_scalar(s)
  if s:match("^%-?[%d][%w%.%+%-]*$") or s == "true" or s == "false"
     or s == "nil" then
    return s
  end
  return '"' .. s:gsub('[%c"\\\128-\255]', function(c)
    if c == '"' then return '\\"'
    elseif c == "\\" then return "\\\\"
    elseif c == "\n" then return "\\n"
    elseif c == "\t" then return "\\t"
    else return string.format("\\x%02x", c:byte()) end
  end) .. '"'
end

--- Human-readable Lua-like rendering of any value (as in the YAML blocks).
function tap.repr(v)
  return (render(v))
end

-- The caller's position: the first frame outside this file.
local function where()
  local this = debug.getinfo(1, "S").source
  for level = 2, 50 do
    local info = debug.getinfo(level, "Sl")
    if info == nil then break end
    if info.source ~= this and info.what ~= "C" then
      return info.short_src .. ":" .. tostring(info.currentline)
    end
  end
  return "?"
end

-- Core ----------------------------------------------------------------------

local function clean_desc(desc)
  if desc == nil then return "" end
  desc = tostring(desc):gsub("[\r\n]+", " ")
  -- An unescaped '#' would start a TAP directive.
  return (desc:gsub("\\", "\\\\"):gsub("#", "\\#"))
end

local function diag_err(desc, at, yaml)
  if bailed then return end
  local e = io.stderr
  e:write("#   Failed test ", desc ~= "" and ("'" .. desc .. "'") or "", "\n")
  e:write("#   at ", at, "\n")
  for _, kv in ipairs(yaml or {}) do
    e:write(string.format("#   %10s: %s\n", kv[1], kv[2]))
  end
  e:flush()
end

-- yaml: list of {key, already-rendered value} pairs, or nil. Inside a
-- tap.should block a failing point carries a TODO directive (a passing one
-- stays plain, so automake's driver does not count an XPASS).
local function result(ok, desc, yaml)
  header()
  count = count + 1
  local line = (ok and "ok " or "not ok ") .. count
  local d = clean_desc(desc)
  if d ~= "" then line = line .. " - " .. d end
  local todo = todo_reason
  if todo == nil and not ok then todo = should_reason end
  if todo ~= nil then
    line = line .. " # TODO " .. clean_desc(todo)
  end
  emit(line)
  if not ok then
    local at = where()
    emit("  ---")
    for _, kv in ipairs(yaml or {}) do
      emit("  " .. kv[1] .. ": " .. yaml_scalar(kv[2]))
    end
    emit("  where: " .. yaml_scalar(at))
    emit("  ...")
    -- prove shows a script's standard error but, unless -v, not the YAML
    -- block: repeat got/want/where there, as Test::More does. A TODO
    -- failure is expected and stays quiet.
    if todo == nil then diag_err(d, at, yaml) end
  end
  return ok
end

--- Declares the number of test points. Call once, before any of them.
function tap.plan(n)
  if planned then error("tap.plan called twice", 2) end
  if math.type(n) ~= "integer" or n < 0 then
    error("tap.plan: expected a non-negative integer", 2)
  end
  planned = true
  header()
  emit("1.." .. n)
end

--- Number of test points run so far.
function tap.count()
  return count
end

function tap.ok(v, desc)
  return result(v and true or false, desc,
                { { "got", render(v) }, { "want", "a true value" } })
end

function tap.pass(desc)
  return result(true, desc)
end

function tap.fail(desc)
  return result(false, desc)
end

local function same(a, b)
  return type(a) == type(b) and a == b
end

function tap.is(got, want, desc)
  return result(same(got, want), desc,
                { { "got", render(got) }, { "want", render(want) } })
end

function tap.isnt(got, want, desc)
  return result(not same(got, want), desc,
                { { "got", render(got) }, { "want", "anything but " .. render(want) } })
end

local cmp_ops = {
  ["<"] = function(a, b) return a < b end,
  ["<="] = function(a, b) return a <= b end,
  [">"] = function(a, b) return a > b end,
  [">="] = function(a, b) return a >= b end,
  ["=="] = function(a, b) return a == b end,
  ["~="] = function(a, b) return a ~= b end,
}

--- Passes if `got op want` holds (op one of < <= > >= == ~=); the YAML block
--- shows both sides, which tap.ok(a >= b) cannot. Meant for timing bounds:
--- tap.cmp_ok(h:elapsed(), ">=", tap.ms(50), desc).
function tap.cmp_ok(got, op, want, desc)
  local f = cmp_ops[op]
  if f == nil then error("tap.cmp_ok: unknown operator " .. tostring(op), 2) end
  local ok, r = pcall(f, got, want)
  return result(ok and r == true, desc,
                { { "got", render(got) }, { "want", op .. " " .. render(want) } })
end

local function contains(s, sub)
  return string.find(tostring(s), tostring(sub), 1, true) ~= nil
end

function tap.like(s, sub, desc)
  return result(contains(s, sub), desc,
                { { "got", render(s) }, { "want", "contains " .. render(sub) } })
end

function tap.unlike(s, sub, desc)
  return result(not contains(s, sub), desc,
                { { "got", render(s) }, { "want", "does not contain " .. render(sub) } })
end

-- Returns nil when equal, else a path ("", "[2]", ".name[1]") to the first
-- difference.
local function deep_diff(a, b, path, seen)
  if type(a) ~= "table" or type(b) ~= "table" then
    if same(a, b) then return nil end
    return path
  end
  if a == b then return nil end
  seen = seen or {}
  if seen[a] == b then return nil end
  seen[a] = b
  for k, v in pairs(a) do
    local p = path .. (is_ident(k) and ("." .. k) or ("[" .. render(k) .. "]"))
    local d = deep_diff(v, b[k], p, seen)
    if d then return d end
  end
  for k in pairs(b) do
    if a[k] == nil then
      return path .. (is_ident(k) and ("." .. k) or ("[" .. render(k) .. "]"))
    end
  end
  return nil
end

function tap.is_deeply(got, want, desc)
  local d = deep_diff(got, want, "")
  local yaml = { { "got", render(got) }, { "want", render(want) } }
  if d then yaml[#yaml + 1] = { "differs_at", d == "" and "(top)" or d } end
  return result(d == nil, desc, yaml)
end

--- Passes if fn raises an error whose tostring contains sub (plain find;
--- nil or "" accepts any error); sub "task cancelled" demands exactly that
--- string (CANCEL-2). Returns the error value.
function tap.raises(fn, sub, desc)
  local res = table.pack(pcall(fn))
  if res[1] then
    result(false, desc, { { "got", "no error (returned " .. (res.n - 1) ..
                                   " values)" },
                          { "want", "an error containing " .. render(sub or "") } })
    return nil
  end
  local e = res[2]
  if sub == "task cancelled" then  -- CANCEL-2: that whole string, nothing else
    result(rawequal(e, sub), desc,
           { { "got", render(e) }, { "want", "exactly \"task cancelled\" (CANCEL-2)" } })
    return e
  end
  result(sub == nil or contains(e, sub), desc,
         { { "got", render(e) }, { "want", "an error containing " .. render(sub) } })
  return e
end

--- Passes if fn returns without raising; returns fn's results.
function tap.lives(fn, desc)
  local res = table.pack(pcall(fn))
  result(res[1], desc, not res[1] and
         { { "got", "error " .. render(res[2]) }, { "want", "no error" } } or nil)
  if res[1] then return table.unpack(res, 2, res.n) end
  return nil
end

--- Writes msg as TAP comment lines ("# ...") on stdout.
function tap.diag(msg)
  header()
  for line in (tostring(msg) .. "\n"):gmatch("([^\n]*)\n") do
    emit("# " .. line)
  end
end

--- Records n skipped test points.
function tap.skip(n, reason)
  header()
  for _ = 1, n or 1 do
    count = count + 1
    emit("ok " .. count .. " # SKIP " .. clean_desc(reason))
  end
end

--- Runs fn with its test points marked TODO (failures do not fail the
--- script). If fn suspends, points written by other tasks meanwhile are
--- marked too: keep TODO blocks free of suspension points.
function tap.todo(reason, fn)
  local prev = todo_reason
  todo_reason = reason or ""
  local ok, e = pcall(fn)
  if not ok then result(false, "TODO block raised", { { "got", render(e) } }) end
  todo_reason = prev
end

--- Checks a SHOULD clause (spec 0.1: a SHOULD never fails a host): fn's
--- test points that fail are marked "# TODO SHOULD <clause>", so prove and
--- the report count them as todo; those that pass are plain passes. Keep
--- the block free of suspension points, as for tap.todo.
function tap.should(clause, fn)
  local prev = should_reason
  should_reason = "SHOULD " .. tostring(clause) .. ", not required"
  local ok, e = pcall(fn)
  if not ok then result(false, "SHOULD block raised", { { "got", render(e) } }) end
  should_reason = prev
end

--- Emits "Bail out! reason"; nothing is written afterwards.
function tap.bail_out(reason)
  header()
  emit("Bail out! " .. (reason and tostring(reason):gsub("\n", " ") or ""))
  bailed = true
end

--- The test for the cancellation error: exactly the string
--- "task cancelled", no position prefix, no wrapping (CANCEL-2).
function tap.is_cancel(err)
  return rawequal(err, "task cancelled")
end

-- Instants ------------------------------------------------------------------

--- true when the harness runs the host in its virtual-clock mode
--- (STDTASK_CLOCK=virtual): time then jumps from deadline to deadline, and
--- every instant a script computes is exact (HOST-15, HOST-16).
function tap.virtual()
  return os.getenv("STDTASK_CLOCK") == "virtual"
end

--- How late a timer may fire in real time on a loaded machine (scaled):
--- the upper margin of every real-clock bound of an instant.
tap.late = tap.ms(80)

--- Passes if the instant `got` (ms) is `want`: to a microsecond under the
--- virtual clock, else from want - 1 (the clocks' granularity) to
--- want + tap.late. The YAML block says which clock applied.
function tap.at(got, want, desc)
  local ok, lo, hi
  if tap.virtual() then
    lo, hi = want - 0.001, want + 0.001
  else
    lo, hi = want - 1, want + tap.late
  end
  ok = type(got) == "number" and got >= lo and got <= hi
  return result(ok, desc,
                { { "got", render(got) },
                  { "want", (tap.virtual() and "exactly " .. render(want)
                             .. " ms (virtual clock)"
                             or "from " .. render(lo) .. " to " .. render(hi)
                             .. " ms (real clock)") } })
end

-- Event log -----------------------------------------------------------------

local Log = {}
Log.__index = Log

function Log:add(ev)
  self.n = self.n + 1
  self.ev[self.n] = ev
  return self
end

Log.__call = Log.add

function Log:items()
  return table.move(self.ev, 1, self.n, 1, {})
end

function Log:str()
  local parts = {}
  for i = 1, self.n do parts[i] = tostring(self.ev[i]) end
  return table.concat(parts, ",")
end

function Log:len()
  return self.n
end

function Log:has(ev)
  for i = 1, self.n do
    if self.ev[i] == ev then return true end
  end
  return false
end

function Log:is(list, desc)
  return tap.is_deeply(self:items(), list, desc)
end

--- A new event log: log:add(ev) or log(ev) appends; log:is(list, desc),
--- log:items(), log:str() (joined with ","), log:len(), log:has(ev).
function tap.log()
  return setmetatable({ ev = {}, n = 0 }, Log)
end

-- Child scripts (the host, root and trace scripts, flagged spawns-host):
-- runs SRC as a script on the same host and returns {out =, err =, how =,
-- code =} as io.popen's close reports them. The host command is
-- STDTASK_HOST (host contract: a shell command, possibly several words),
-- else the interpreter prefix this script was run with (arg[lowest] ..
-- arg[-1]). opts.prefix goes before the command (an environment
-- assignment), opts.args after the script path.
function tap.shquote(s)
  return "'" .. (tostring(s):gsub("'", "'\\''")) .. "'"
end

function tap.host_cmd()
  local env = os.getenv("STDTASK_HOST")
  if env ~= nil and env:match("%S") then return env end
  if type(arg) ~= "table" or arg[-1] == nil then return nil end
  local lo = -1
  while arg[lo - 1] ~= nil do lo = lo - 1 end
  local parts = {}
  for i = lo, -1 do parts[#parts + 1] = tap.shquote(arg[i]) end
  return table.concat(parts, " ")
end

--- For scripts flagged spawns-host: true when a host process can be
--- started (STDTASK_SPAWN is not "no", io.popen runs a shell, and the host
--- command is known); otherwise prints a skip-all plan and returns false.
function tap.needs_host()
  local why
  if os.getenv("STDTASK_SPAWN") == "no" then
    why = "STDTASK_SPAWN=no: the harness cannot start host processes"
  elseif type(io.popen) ~= "function" then
    why = "io.popen is not available"
  elseif tap.host_cmd() == nil then
    why = "no host command (STDTASK_HOST unset and no arg[-1])"
  else
    local ok, p = pcall(io.popen, "exit 0")
    if not ok or p == nil or not p:close() then
      why = "io.popen cannot run a shell"
    end
  end
  if why then
    tap.skip_all("spawns-host: " .. why)
    return false
  end
  return true
end

-- GNU-style timeout(1), or nil: looked up once.
local timeout_cmd
local function find_timeout()
  if timeout_cmd == nil then
    timeout_cmd = false
    for _, c in ipairs({ "timeout", "gtimeout" }) do
      if os.execute("command -v " .. c .. " >/dev/null 2>&1") then
        timeout_cmd = c
        break
      end
    end
  end
  return timeout_cmd or nil
end

--- opts.limit (seconds): when timeout(1) exists, the child is killed after
--- that long and the result has timed_out = true (a host that hangs is then
--- told from one that exits); without timeout(1) there is no limit but the
--- harness's own.
function tap.run_script(src, opts)
  opts = opts or {}
  local path, errpath = os.tmpname(), os.tmpname()
  local f = assert(io.open(path, "w"))
  f:write(src)
  f:close()
  local limiter = ""
  local tcmd = opts.limit and find_timeout()
  if tcmd then
    limiter = tcmd .. " -s KILL " .. string.format("%d", math.ceil(opts.limit)) .. " "
  end
  local p = assert(io.popen((opts.prefix or "") .. limiter .. tap.host_cmd() .. " "
                            .. tap.shquote(path) .. (opts.args or "")
                            .. " 2>" .. tap.shquote(errpath)))
  local stdout = p:read("a")
  local _, how, code = p:close()
  local ef = io.open(errpath)
  local err = ef and ef:read("a") or ""
  if ef then ef:close() end
  os.remove(path)
  os.remove(errpath)
  -- timeout -s KILL exits 137 (128 + 9) when it had to kill the child.
  local timed_out = tcmd ~= nil and how == "exit" and code == 137
  return { out = stdout, err = err, how = how, code = code, timed_out = timed_out }
end

return tap
