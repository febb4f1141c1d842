-- harness/trace/chrome-check.lua -- checks the structure of a Trace Event
-- Format file as stdtask-lua --trace-format=chrome writes it:
--   * the whole file is one valid JSON object with a traceEvents array;
--   * every event has ph, a numeric ts, integer pid and tid;
--   * every event has a name (some readers need one even on an E);
--   * on each track (pid, tid) timestamps never go backwards, in file
--     order, and every B has its E, with the same name (LIFO, none left
--     open at the end);
--   * flows pair up: each id has one "s" then one "f" with the same name,
--     the f not earlier; an "s" sits inside an open slice of its track
--     and an "f" is followed on its track by the B it binds to;
--   * each track has a thread_name, each process a process_name.
-- As a module: check(text) returns a report {errors = {...}, stats}; as a
-- script (lua5.4 chrome-check.lua FILE) it prints the errors, exits 1.
local here = (... and debug.getinfo(1, "S").source:match("^@(.*/)")) or
             (arg and arg[0]:match("^(.*/)")) or "./"
package.path = here .. "?.lua;" .. package.path
local json = require "json"

local M = {}

local function check(text)
  local errors, stats = {}, {
    ph = {}, flows = {}, instants = {}, slices = {}, outcomes = {},
    processes = {}, threads = {}, events = 0,
  }
  local function err(fmt, ...) errors[#errors + 1] = fmt:format(...) end
  local doc, jerr = json.decode(text)
  if not doc then err("%s", jerr); return { errors = errors, stats = stats } end
  if type(doc) ~= "table" or type(doc.traceEvents) ~= "table" then
    err("no traceEvents array"); return { errors = errors, stats = stats }
  end
  local tracks, flows, pnames, tnames = {}, {}, {}, {}
  local function track(e)
    local k = e.pid .. "/" .. e.tid
    local t = tracks[k]
    if not t then t = { stack = {}, ts = -math.huge, key = k }; tracks[k] = t end
    return t
  end
  for i = 1, doc.traceEvents.n do
    local e = doc.traceEvents[i]
    local ph = type(e) == "table" and e.ph
    if type(ph) ~= "string" or math.type(e.pid) ~= "integer"
       or math.type(e.tid) ~= "integer" or type(e.ts) ~= "number" then
      err("event %d: missing ph, integer pid/tid or numeric ts", i)
      goto next
    end
    if type(e.name) ~= "string" then err("event %d (%s): no name", i, ph) end
    stats.events = stats.events + 1
    stats.ph[ph] = (stats.ph[ph] or 0) + 1
    local t = track(e)
    if ph == "M" then
      if e.name == "thread_name" then tnames[t.key] = e.args.name
      elseif e.name == "process_name" then pnames[e.pid] = e.args.name end
      goto next
    end
    if e.ts < t.ts then
      err("event %d: ts %s before %s on track %s", i, e.ts, t.ts, t.key)
    end
    t.ts = e.ts
    if t.want_b and ph ~= "B" then
      err("event %d: the flow end before it binds to no slice on %s", i, t.key)
    end
    t.want_b = nil
    if ph == "B" then
      t.stack[#t.stack + 1] = e.name
      stats.slices[e.name] = (stats.slices[e.name] or 0) + 1
    elseif ph == "E" then
      if #t.stack == 0 then err("event %d: E without B on %s", i, t.key)
      elseif e.name ~= t.stack[#t.stack] then
        err("event %d: E %q closes B %q on %s", i, e.name, t.stack[#t.stack], t.key)
      end
      t.stack[#t.stack] = nil
      local o = type(e.args) == "table" and e.args.outcome
      if o then stats.outcomes[o] = (stats.outcomes[o] or 0) + 1 end
    elseif ph == "i" then
      if e.s ~= "t" and e.s ~= "p" and e.s ~= "g" then
        err("event %d: instant without scope s", i)
      end
      stats.instants[e.name] = (stats.instants[e.name] or 0) + 1
    elseif ph == "s" or ph == "f" then
      local f = flows[e.id] or {}
      flows[e.id] = f
      if f[ph] then err("event %d: second %q for flow %s", i, ph, e.id) end
      f[ph] = e
      if ph == "s" and #t.stack == 0 then
        err("event %d: flow %s starts outside any slice on %s", i, e.id, t.key)
      elseif ph == "f" then
        if not f.s then err("event %d: flow %s ends before it starts", i, e.id)
        elseif f.s.name ~= e.name or e.ts < f.s.ts then
          err("event %d: flow %s: end does not match its start", i, e.id)
        end
        t.want_b = true
      end
    else
      err("event %d: unexpected phase %q", i, ph)
    end
    ::next::
  end
  for k, t in pairs(tracks) do
    if #t.stack > 0 then err("track %s: %d slices never ended (%s)", k,
                             #t.stack, t.stack[#t.stack]) end
    if t.want_b then err("track %s: a flow end binds to nothing", k) end
    if not tnames[k] then err("track %s has no thread_name", k) end
    local pid = tonumber(k:match("^(%d+)"))
    if not pnames[pid] then err("process %d has no process_name", pid) end
    stats.threads[#stats.threads + 1] = tnames[k]
  end
  for _, name in pairs(pnames) do stats.processes[#stats.processes + 1] = name end
  for id, f in pairs(flows) do
    if not (f.s and f.f) then err("flow %s has no %s", id, f.s and "end" or "start")
    else stats.flows[f.s.name] = (stats.flows[f.s.name] or 0) + 1 end
  end
  table.sort(stats.processes)
  table.sort(stats.threads)
  return { errors = errors, stats = stats }
end
M.check = check

if not ... or ... ~= "chrome-check" then  -- run as a script
  local path = arg and arg[1]
  if path then
    local f = assert(io.open(path, "rb"))
    local r = check(f:read("a"))
    f:close()
    for _, e in ipairs(r.errors) do io.stderr:write(path, ": ", e, "\n") end
    os.exit(#r.errors == 0 and 0 or 1)
  end
end

return M
