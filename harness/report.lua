-- report.lua: the conformance report of one catalogue run (pure Lua 5.4).
--
--   lua5.4 harness/report.lua write TOP RESULTS BASE TITLE
--       RESULTS holds, per script (its path relative to TOP, one a line in
--       RESULTS/scripts), RESULTS/<path>.tap (the script's standard output)
--       and RESULTS/<path>.rc (the host's exit status). Writes BASE.md and
--       BASE.json: per script, per area and per clause, the points passed,
--       failed, skipped and todo (a TODO point that failed: a SHOULD the
--       host departs from, or known trouble), and each script's status
--       (pass, fail, skip).
--   lua5.4 harness/report.lua check TOP REPORT.json
--       Fails (exit 1) when the report's scripts and the clauses they name
--       differ from the tree's front matter: the report is stale. Outcomes
--       are not compared (they are the host's, and timing may vary).
--
-- A point counts for the clauses tagged in its description ("(ARGS-5)"),
-- else for every clause its script names.

local mode, top = arg[1], arg[2]
if (mode ~= "write" or #arg ~= 5) and (mode ~= "check" or #arg ~= 3) then
  io.stderr:write("usage: report.lua write TOP RESULTS BASE TITLE | check TOP REPORT.json\n")
  os.exit(2)
end

local function slurp(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end

local function front_matter(path)
  local text = slurp(top .. "/" .. path) or ""
  local fm = text:match("^%-%-%[%[%-%-%-\n(.-)\n%-%-%-%]%]") or ""
  local ids, features = {}, {}
  local c = fm:match("\nclause:%s*([^\n]*)") or fm:match("^clause:%s*([^\n]*)") or ""
  for id in c:gmatch("[%u%d]+%-%d+") do ids[#ids + 1] = id end
  local f = fm:match("\nfeatures:%s*%[([^\n]*)%]") or ""
  for name in f:gmatch("[%w%-]+") do features[#features + 1] = name end
  return ids, features
end

local function area_of(path)
  return path:match("^conformance/([^/]+)/") or path:match("^(.*)/[^/]*$") or "."
end

-- JSON output (strings, numbers, arrays, objects with sorted keys).
local function enc(v, ind)
  ind = ind or ""
  local t = type(v)
  if t == "string" then
    return '"' .. v:gsub('[%c"\\]', function(ch)
      return string.format("\\u%04x", ch:byte())
    end) .. '"'
  elseif t == "number" or t == "boolean" then
    return tostring(v)
  end
  local inner = ind .. "  "
  if v[1] ~= nil or next(v) == nil and v.__array then
    local parts = {}
    for i = 1, #v do parts[i] = inner .. enc(v[i], inner) end
    if #parts == 0 then return "[]" end
    return "[\n" .. table.concat(parts, ",\n") .. "\n" .. ind .. "]"
  end
  local keys = {}
  for k in pairs(v) do if k ~= "__array" then keys[#keys + 1] = k end end
  table.sort(keys)
  local parts = {}
  for i, k in ipairs(keys) do parts[i] = inner .. enc(k) .. ": " .. enc(v[k], inner) end
  if #parts == 0 then return v.__array and "[]" or "{}" end
  return "{\n" .. table.concat(parts, ",\n") .. "\n" .. ind .. "}"
end

if mode == "check" then
  local json_text = slurp(arg[3])
  if not json_text then
    io.stderr:write("report.lua: ", arg[3], " is missing\n")
    os.exit(1)
  end
  package.path = top .. "/conformance/lib/?.lua;" .. package.path
  local json = require "json"
  local rep, e = json.decode(json_text)
  if not rep then
    io.stderr:write("report.lua: ", arg[3], ": ", e, "\n")
    os.exit(1)
  end
  local mk = slurp(top .. "/conformance/files.mk") or ""
  local tree = {}
  for p in mk:match("conformance_scripts =(.-)\n\n"):gmatch("(conformance/%S+%.lua)") do
    tree[p] = table.concat((front_matter(p)), ",")
  end
  local problems = {}
  for _, s in ipairs(rep.scripts or {}) do
    local want = tree[s.path]
    if want == nil then
      problems[#problems + 1] = s.path .. ": no longer in the catalogue"
    elseif table.concat(s.clauses, ",") ~= want then
      problems[#problems + 1] = s.path .. ": names " .. want .. " now"
    end
    tree[s.path] = nil
  end
  for p in pairs(tree) do problems[#problems + 1] = p .. ": missing from the report" end
  table.sort(problems)
  for _, p in ipairs(problems) do io.stderr:write(arg[3], ": ", p, "\n") end
  os.exit(#problems == 0 and 0 or 1)
end

local results, base, title = arg[3], arg[4], arg[5]
local scripts = {}
for line in (slurp(results .. "/scripts") or ""):gmatch("[^\n]+") do
  scripts[#scripts + 1] = line
end

local function zero() return { pass = 0, fail = 0, skip = 0, todo = 0 } end
local rows, areas, clauses = {}, {}, {}
local area_order, clause_order = {}, {}
local totals = { points = zero(), scripts = { pass = 0, fail = 0, skip = 0 } }

for _, path in ipairs(scripts) do
  local ids, features = front_matter(path)
  local tap = slurp(results .. "/" .. path .. ".tap") or ""
  local rc = tonumber((slurp(results .. "/" .. path .. ".rc") or ""):match("%d+"))
  local pts, tagged = zero(), {}
  local planned, n, skipped_all, bail = nil, 0, nil, false
  for line in tap:gmatch("[^\n]+") do
    local plan, rest = line:match("^1%.%.(%d+)(.*)$")
    if plan then
      planned = tonumber(plan)
      skipped_all = rest:match("^%s*#%s*[Ss][Kk][Ii][Pp]%S*%s*(.*)$")
    elseif line:match("^Bail out!") then
      bail = true
    else
      local not_, desc = line:match("^(n?o?t? ?)ok %d+(.*)$")
      if desc then
        n = n + 1
        local directive = desc:match("[^\\]#%s*(%a+)") or desc:match("^%s*#%s*(%a+)")
        directive = directive and directive:upper() or ""
        local kind
        if directive:match("^SKIP") then kind = "skip"
        elseif directive == "TODO" then kind = not_ == "" and "pass" or "todo"
        else kind = not_ == "" and "pass" or "fail" end
        pts[kind] = pts[kind] + 1
        local tags = {}
        for id in desc:gmatch("%(([^()]*)%)") do
          for t in id:gmatch("[%u%d]+%-%d+") do tags[#tags + 1] = t end
        end
        if #tags == 0 then tags = ids end
        for _, t in ipairs(tags) do
          tagged[t] = tagged[t] or zero()
          tagged[t][kind] = tagged[t][kind] + 1
        end
      end
    end
  end
  local status
  if rc ~= 0 or bail or planned == nil or (skipped_all == nil and planned ~= n)
     or pts.fail > 0 then
    status = "fail"
  elseif skipped_all ~= nil then
    status = "skip"
  else
    status = "pass"
  end
  local row = { path = path, area = area_of(path), clauses = ids, status = status,
                points = pts, features = features,
                skip_reason = skipped_all }
  rows[#rows + 1] = row
  totals.scripts[status] = totals.scripts[status] + 1
  for k, v in pairs(pts) do totals.points[k] = totals.points[k] + v end
  local a = areas[row.area]
  if not a then
    a = { scripts = { pass = 0, fail = 0, skip = 0 }, points = zero() }
    areas[row.area] = a
    area_order[#area_order + 1] = row.area
  end
  a.scripts[status] = a.scripts[status] + 1
  for k, v in pairs(pts) do a.points[k] = a.points[k] + v end
  for _, id in ipairs(ids) do
    local c = clauses[id]
    if not c then
      c = { scripts = { pass = 0, fail = 0, skip = 0 }, points = zero() }
      clauses[id] = c
      clause_order[#clause_order + 1] = id
    end
    c.scripts[status] = c.scripts[status] + 1
  end
  for id, t in pairs(tagged) do
    local c = clauses[id]
    if not c then
      c = { scripts = { pass = 0, fail = 0, skip = 0 }, points = zero() }
      clauses[id] = c
      clause_order[#clause_order + 1] = id
    end
    for k, v in pairs(t) do c.points[k] = c.points[k] + v end
  end
end
table.sort(area_order)
table.sort(clause_order, function(a, b)
  local aa, an = a:match("^(.-)%-(%d+)$")
  local ba, bn = b:match("^(.-)%-(%d+)$")
  if aa ~= ba then return aa < ba end
  return tonumber(an) < tonumber(bn)
end)
local function clause_status(c)
  if c.scripts.fail > 0 or c.points.fail > 0 then return "fail" end
  if c.points.todo > 0 then return "todo" end
  if c.scripts.pass == 0 then return "skip" end
  return "pass"
end

-- JSON.
local jareas, jclauses = {}, {}
for _, a in ipairs(area_order) do
  jareas[a] = areas[a]
end
for _, id in ipairs(clause_order) do
  local c = clauses[id]
  jclauses[id] = { status = clause_status(c), scripts = c.scripts, points = c.points }
end
local jscripts = { __array = true }
for i, r in ipairs(rows) do
  jscripts[i] = { path = r.path, area = r.area, clauses = r.clauses, status = r.status,
                  points = r.points, skip_reason = r.skip_reason }
  if #r.clauses == 0 then jscripts[i].clauses = { __array = true } end
end
local f = assert(io.open(base .. ".json", "wb"))
f:write(enc({ title = title, totals = totals, areas = jareas, clauses = jclauses,
              scripts = jscripts }), "\n")
f:close()

-- Markdown.
local out = {}
local function p(...) out[#out + 1] = table.concat({ ... }) end
local function pts_cells(t) return t.pass .. " | " .. t.fail .. " | " .. t.skip .. " | " .. t.todo end
p("# Conformance report: ", title)
p("")
p("Generated by `harness/run-prove.sh --report` (`harness/report.lua`): do not")
p("edit. Points: pass, fail, skip (`# SKIP`), todo (a `# TODO` point that")
p("failed: a SHOULD the host departs from). A script is skipped when it")
p("printed a skip-all plan (an optional feature the host does not claim, a")
p("mode it does not run in).")
p("")
p(string.format("Scripts: %d pass, %d fail, %d skip. Points: %d pass, %d fail, %d skip, %d todo.",
  totals.scripts.pass, totals.scripts.fail, totals.scripts.skip, totals.points.pass,
  totals.points.fail, totals.points.skip, totals.points.todo))
p("")
p("## Areas")
p("")
p("| Area | Scripts pass | fail | skip | Points pass | fail | skip | todo |")
p("|------|-----:|-----:|-----:|-----:|-----:|-----:|-----:|")
for _, a in ipairs(area_order) do
  local s = areas[a]
  p("| ", a, " | ", s.scripts.pass, " | ", s.scripts.fail, " | ", s.scripts.skip, " | ",
    pts_cells(s.points), " |")
end
p("")
p("## Clauses")
p("")
p("| Clause | Status | Scripts pass | fail | skip | Points pass | fail | skip | todo |")
p("|--------|--------|-----:|-----:|-----:|-----:|-----:|-----:|-----:|")
for _, id in ipairs(clause_order) do
  local c = clauses[id]
  p("| ", id, " | ", clause_status(c), " | ", c.scripts.pass, " | ", c.scripts.fail, " | ",
    c.scripts.skip, " | ", pts_cells(c.points), " |")
end
p("")
p("## Scripts not passed")
p("")
local any = false
for _, r in ipairs(rows) do
  if r.status ~= "pass" then
    any = true
    p("- `", r.path, "`: ", r.status, r.skip_reason and (" (" .. r.skip_reason .. ")") or "")
  end
end
if not any then p("None.") end
f = assert(io.open(base .. ".md", "wb"))
f:write(table.concat(out, "\n"), "\n")
f:close()
