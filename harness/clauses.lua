#!/usr/bin/env lua5.4
-- clauses.lua: clause-to-test traceability for std.task (pure Lua 5.4).
--
-- Reads the clause ids of the specification (docs/spec.md and the parts it
-- links to, docs/spec/*.md) and the clause ids every conformance script
-- names in its front matter, then prints the matrix clause -> scripts.
-- Fails when a MUST clause has no script, when a script names a clause the
-- spec does not define, or when the spec itself is malformed.
--
-- Spec format (docs/spec.md, 0.2): a clause is a paragraph whose first line
-- starts with the bold id and the level in parentheses,
--     **CANCEL-3** (MUST) The cancellation is level-triggered: ...
--     **ABORT-8** (MUST, feature preempt) A host claiming ...
-- Levels: MUST, MUST NOT, SHOULD, SHOULD NOT, MAY, WITHDRAWN.
--
-- Script format: a front-matter comment at the top of the file,
--     --[[---
--     clause: CANCEL-3, TOKEN-4
--     description: ...
--     features: [preempt]
--     flags: [real-time]
--     ---]]
-- and, optionally, "(CANCEL-3)" tags in test descriptions, which must name
-- existing clauses too.
--
-- Exit status: 0 all checks pass, 1 a check failed, 2 usage or I/O error.

local USAGE = [[
usage: lua5.4 harness/clauses.lua [options] [SCRIPT...]
  --srcdir DIR          top of the source tree (default: this file's ../)
  --spec FILE           the spec's index (default DIR/docs/spec.md); the
                        parts it links to (spec/*.md) are read as well
  --files-mk FILE       list of scripts (default DIR/conformance/files.mk,
                        variable conformance_scripts); SCRIPT arguments
                        replace it
  --write-matrix FILE   write the Markdown matrix (docs/matrix.md); fails
                        only for a malformed spec or script, since the
                        matrix itself lists the MUST clauses left uncovered
  --check-matrix FILE   fail when FILE differs from what --write-matrix
                        would write
  --clauses-txt FILE    also fail for ids of a provisional list (one id at
                        the start of a line) that the spec lacks
  --tap                 report as a TAP test (make check)
  --uncovered           print only the MUST clauses that no script names
  --quiet               print no matrix, only problems and the summary
  -h, --help            this text]]

local LEVELS = {
  ["MUST"] = "MUST", ["MUST NOT"] = "MUST",
  ["SHOULD"] = "SHOULD", ["SHOULD NOT"] = "SHOULD",
  ["MAY"] = "MAY", ["WITHDRAWN"] = "WITHDRAWN",
}
local KNOWN_FLAGS = { ["real-time"] = true, slow = true, ["spawns-host"] = true } -- host-contract.md

local errors, warnings = {}, {}
local function err(fmt, ...) errors[#errors + 1] = string.format(fmt, ...) end
local function warn(fmt, ...) warnings[#warnings + 1] = string.format(fmt, ...) end

local function die(msg)
  io.stderr:write("clauses: ", msg, "\n")
  os.exit(2)
end

local function read_file(path)
  local f, e = io.open(path, "rb")
  if not f then return nil, e end
  local s = f:read("a")
  f:close()
  return s
end

local function lines_of(s)
  local t = {}
  for line in (s:gsub("\r\n", "\n") .. "\n"):gmatch("(.-)\n") do
    t[#t + 1] = line
  end
  if t[#t] == "" then t[#t] = nil end
  return t
end

local function dirname(p)
  return p:match("^(.*)/[^/]*$") or "."
end

-- Options -------------------------------------------------------------------

local opt = { scripts = {} }
do
  local i = 1
  local function value(name)
    i = i + 1
    if arg[i] == nil then die(name .. " needs a value\n" .. USAGE) end
    return arg[i]
  end
  while arg[i] ~= nil do
    local a = arg[i]
    if a == "--srcdir" then opt.srcdir = value(a)
    elseif a == "--spec" then opt.spec = value(a)
    elseif a == "--files-mk" then opt.files_mk = value(a)
    elseif a == "--write-matrix" then opt.write_matrix = value(a)
    elseif a == "--check-matrix" then opt.check_matrix = value(a)
    elseif a == "--clauses-txt" then opt.clauses_txt = value(a)
    elseif a == "--tap" then opt.tap = true
    elseif a == "--uncovered" then opt.uncovered = true
    elseif a == "--quiet" then opt.quiet = true
    elseif a == "-h" or a == "--help" then print(USAGE) os.exit(0)
    elseif a:sub(1, 1) == "-" then die("unknown option " .. a .. "\n" .. USAGE)
    else opt.scripts[#opt.scripts + 1] = a
    end
    i = i + 1
  end
  if not opt.srcdir then
    local here = arg[0] and dirname(arg[0]) or "."
    opt.srcdir = here == "." and ".." or dirname(here)
    if not read_file(opt.srcdir .. "/docs/spec.md") then opt.srcdir = "." end
  end
  opt.spec = opt.spec or (opt.srcdir .. "/docs/spec.md")
  opt.files_mk = opt.files_mk or (opt.srcdir .. "/conformance/files.mk")
end

-- Display a path relative to the source tree.
local function rel(path)
  local pre = opt.srcdir .. "/"
  if path:sub(1, #pre) == pre then return path:sub(#pre + 1) end
  return path
end

-- The specification ---------------------------------------------------------

local clauses = {}      -- id -> {id, area, num, level, keyword, feature, file, line, text}
local order = {}        -- ids in document order
local areas = {}        -- area names in order of first clause
local area_seen = {}
local features = {}     -- feature name -> list of ids
local mentions = {}     -- {id, file, line}: ids named in the spec's prose

local function parse_label(label)
  local kw, rest = label:match("^(%u+ NOT)(.*)$")
  if not (kw and LEVELS[kw]) then kw, rest = label:match("^(%u+)(.*)$") end
  if not (kw and LEVELS[kw]) then return nil end
  if rest == "" then return kw end
  local feat = rest:match("^,%s*feature%s+([%l%d][%l%d%-]*)$")
  if feat then return kw, feat end
  return nil
end

local function scan_ids(line, fn)
  for id in line:gmatch("%f[%w]%u[%u%d]*%-%d+%f[^%w]") do fn(id) end
end

local function parse_spec_file(path)
  local text, e = read_file(path)
  if not text then die("cannot read the spec: " .. e) end
  local lines = lines_of(text)
  local fenced, cur = false, nil
  for n, line in ipairs(lines) do
    if line:match("^%s*```") then
      fenced = not fenced
      cur = nil
    elseif fenced or line:match("^    ") or line:match("^\t") then
      cur = nil                               -- code: not clauses, not prose
    elseif line:match("^%s*$") then
      cur = nil
    else
      local id, label, body = line:match("^%*%*(%u[%u%d]*%-%d+)%*%*%s+%(([^)]*)%)%s*(.*)$")
      if id then
        local kw, feat = parse_label(label)
        if not kw then
          err("%s:%d: %s: bad level '(%s)': want (MUST), (MUST NOT), (SHOULD), "
              .. "(SHOULD NOT), (MAY), (WITHDRAWN), optionally ', feature NAME'",
              rel(path), n, id, label)
        elseif clauses[id] then
          err("%s:%d: %s is already defined at %s:%d", rel(path), n, id,
              rel(clauses[id].file), clauses[id].line)
        else
          local area, num = id:match("^(.-)%-(%d+)$")
          cur = { id = id, area = area, num = tonumber(num), keyword = kw,
                  level = LEVELS[kw], feature = feat, file = path, line = n,
                  text = body }
          clauses[id] = cur
          order[#order + 1] = id
          if not area_seen[area] then
            area_seen[area] = true
            areas[#areas + 1] = area
          end
          if feat then
            features[feat] = features[feat] or {}
            table.insert(features[feat], id)
          end
        end
        scan_ids(body, function(x)
          if x ~= id then mentions[#mentions + 1] = { x, path, n } end
        end)
      else
        if line:match("%*%*%u[%u%d]*%-%d+%*%*") then
          err("%s:%d: a bold clause id must start its line, followed by its "
              .. "level in parentheses", rel(path), n)
        end
        if cur then cur.text = cur.text .. " " .. line end
        scan_ids(line, function(x) mentions[#mentions + 1] = { x, path, n } end)
      end
    end
  end
  if fenced then err("%s: unterminated ``` block", rel(path)) end
  return text
end

do
  local index = parse_spec_file(opt.spec)
  local seen = {}
  for part in index:gmatch("%]%((spec/[%w%-_%.]+%.md)%)") do
    if not seen[part] then
      seen[part] = true
      parse_spec_file(dirname(opt.spec) .. "/" .. part)
    end
  end
end

for _, id in ipairs(order) do
  local c = clauses[id]
  if c.keyword ~= "WITHDRAWN" and not c.text:find(c.keyword, 1, true) then
    err("%s:%d: %s is a %s clause but its text does not say %s",
        rel(c.file), c.line, id, c.keyword, c.keyword)
  end
end
for _, m in ipairs(mentions) do
  local id, path, n = m[1], m[2], m[3]
  local area = id:match("^(.-)%-%d+$")
  if area_seen[area] and not clauses[id] then
    err("%s:%d: the text refers to %s, which is not defined", rel(path), n, id)
  end
end
do -- numbering: 1..n in each area, no gaps
  local max, have = {}, {}
  for _, id in ipairs(order) do
    local c = clauses[id]
    max[c.area] = math.max(max[c.area] or 0, c.num)
    have[id] = true
  end
  for _, area in ipairs(areas) do
    for k = 1, max[area] do
      if not have[area .. "-" .. k] then
        warn("%s-%d is missing: ids are never removed (use WITHDRAWN)", area, k)
      end
    end
  end
end

if opt.clauses_txt then
  local text, e = read_file(opt.clauses_txt)
  if not text then die("cannot read " .. opt.clauses_txt .. ": " .. e) end
  for n, line in ipairs(lines_of(text)) do
    local id = line:match("^(%u[%u%d]*%-%d+)%s")
    if id and not clauses[id] then
      err("%s:%d: %s is not defined by the spec", rel(opt.clauses_txt), n, id)
    end
  end
end

-- The scripts ---------------------------------------------------------------

local function scripts_from_files_mk(path)
  local text, e = read_file(path)
  if not text then die("cannot read " .. path .. ": " .. e) end
  local list, on = {}, false
  for _, line in ipairs(lines_of(text)) do
    if line:match("^conformance_scripts%s*=") then on = true end
    if on then
      for w in line:gmatch("%S+") do
        if w:match("%.lua$") then list[#list + 1] = opt.srcdir .. "/" .. w end
      end
      if not line:match("\\%s*$") then
        if #list > 0 or not line:match("=%s*\\?%s*$") then on = false end
      end
    end
  end
  if #list == 0 then die(path .. " lists no conformance_scripts") end
  return list
end

local function split_list(v)
  local t = {}
  v = v:gsub("^%s*%[", ""):gsub("%]%s*$", "")
  for item in v:gmatch("[^,%s]+") do t[#t + 1] = item end
  return t
end

-- Portability rules a script's body must follow (host-contract.md 7):
-- one that starts a host process carries the flag spawns-host and gates on
-- tap.needs_host(); one that names a SHOULD clause checks it inside
-- tap.should("ID", ...), so that a departure is a TODO point, not a failure.
local function check_body(s, path, text)
  local body = text:gsub("^%-%-%[%[%-%-%-.-%-%-%-%]%]", "")
  local spawns = body:find("tap.run_script", 1, true) or body:find("io.popen", 1, true)
    or body:find('require "trace"', 1, true)
  if spawns and not s.spawns then
    err("%s: starts a host process but lacks the flag spawns-host", rel(path))
  end
  if s.spawns and not body:find("tap.needs_host()", 1, true) then
    err("%s: flagged spawns-host but never calls tap.needs_host()", rel(path))
  end
  for _, id in ipairs(s.ids) do
    if clauses[id].level == "SHOULD" and
       not body:find('tap.should("' .. id .. '"', 1, true) then
      err("%s: names SHOULD clause %s but checks it outside tap.should(\"%s\", ...)",
          rel(path), id, id)
    end
  end
end

local script_paths = #opt.scripts > 0 and opt.scripts
                     or scripts_from_files_mk(opt.files_mk)
local scripts = {}      -- {path, name, ids = {}, features = {}}
local covered = {}      -- id -> list of script names
local untagged = 0

for _, path in ipairs(script_paths) do
  local text, e = read_file(path)
  local name = rel(path):gsub("^conformance/", "")
  if not text then
    err("%s: cannot read: %s", rel(path), e)
  else
    local lines = lines_of(text)
    local s = { path = path, name = name, ids = {}, features = {} }
    scripts[#scripts + 1] = s
    local fm_end
    if lines[1] ~= "--[[---" then
      err("%s:1: no front matter: the file must start with '--[[---'", rel(path))
    else
      for n = 2, #lines do
        if lines[n] == "---]]" then fm_end = n break end
        local key, v = lines[n]:match("^([%w_%-]+):%s*(.-)%s*$")
        if key == "clause" then
          for _, id in ipairs(split_list(v)) do
            if not id:match("^%u[%u%d]*%-%d+$") then
              err("%s:%d: '%s' is not a clause id", rel(path), n, id)
            elseif not clauses[id] then
              err("%s:%d: names unknown clause %s", rel(path), n, id)
            elseif clauses[id].keyword == "WITHDRAWN" then
              err("%s:%d: names withdrawn clause %s", rel(path), n, id)
            else
              s.ids[#s.ids + 1] = id
            end
          end
        elseif key == "features" then
          for _, f in ipairs(split_list(v)) do
            if not features[f] then
              err("%s:%d: needs feature '%s', which the spec does not define",
                  rel(path), n, f)
            end
            s.features[#s.features + 1] = f
          end
        elseif key == "flags" then
          for _, f in ipairs(split_list(v)) do
            if not KNOWN_FLAGS[f] then
              warn("%s:%d: unknown flag '%s'", rel(path), n, f)
            end
            if f == "spawns-host" then s.spawns = true end
          end
        end
      end
      if not fm_end then
        err("%s: front matter not closed by a '---]]' line", rel(path))
      elseif #s.ids == 0 then
        err("%s: the front matter names no clause ('clause: AREA-N, ...')",
            rel(path))
      end
    end
    check_body(s, path, text)
    local named = {}
    for _, id in ipairs(s.ids) do
      named[id] = true
      covered[id] = covered[id] or {}
      local list = covered[id]
      if list[#list] ~= name then list[#list + 1] = name end
    end
    for n = (fm_end or 0) + 1, #lines do
      scan_ids(lines[n], function(id)
        local area = id:match("^(.-)%-%d+$")
        if area_seen[area] then
          if not clauses[id] then
            err("%s:%d: tags unknown clause %s", rel(path), n, id)
          elseif not named[id] then
            untagged = untagged + 1
          end
        end
      end)
    end
  end
end
table.sort(scripts, function(a, b) return a.name < b.name end)
for _, list in pairs(covered) do table.sort(list) end

-- Results -------------------------------------------------------------------

local uncovered = {}
for _, id in ipairs(order) do
  if clauses[id].level == "MUST" and not covered[id] then
    uncovered[#uncovered + 1] = id
  end
end
local function area_order(list)
  local pos = {}
  for k, a in ipairs(areas) do pos[a] = k end
  table.sort(list, function(a, b)
    local ca, cb = clauses[a], clauses[b]
    if ca.area ~= cb.area then return pos[ca.area] < pos[cb.area] end
    return ca.num < cb.num
  end)
  return list
end
area_order(order)
area_order(uncovered)

local function summary_rows()
  local rows, total = {}, { area = "Total", n = 0, must = 0, should = 0,
    may = 0, cov = 0, mustcov = 0, scripts = {} }
  for _, area in ipairs(areas) do
    rows[#rows + 1] = { area = area, n = 0, must = 0, should = 0, may = 0,
                        cov = 0, mustcov = 0, scripts = {} }
  end
  local byarea = {}
  for _, r in ipairs(rows) do byarea[r.area] = r end
  for _, id in ipairs(order) do
    local c = clauses[id]
    if c.keyword ~= "WITHDRAWN" then
      for _, r in ipairs({ byarea[c.area], total }) do
        r.n = r.n + 1
        if c.level == "MUST" then r.must = r.must + 1
        elseif c.level == "SHOULD" then r.should = r.should + 1
        else r.may = r.may + 1 end
        if covered[id] then
          r.cov = r.cov + 1
          if c.level == "MUST" then r.mustcov = r.mustcov + 1 end
          for _, s in ipairs(covered[id]) do r.scripts[s] = true end
        end
      end
    end
  end
  rows[#rows + 1] = total
  for _, r in ipairs(rows) do
    local k = 0
    for _ in pairs(r.scripts) do k = k + 1 end
    r.nscripts = k
  end
  return rows, total
end

local function level_label(c)
  local l = c.keyword
  if c.feature then l = l .. " (" .. c.feature .. ")" end
  return l
end

local function matrix_markdown()
  local out = {}
  local function p(...) out[#out + 1] = table.concat({ ... }) end
  local rows, total = summary_rows()
  p("# Clause matrix")
  p("")
  p("Generated by `harness/clauses.lua` from the specification (`docs/spec.md`,")
  p("`docs/spec/*.md`) and the front matter of the conformance scripts: do not")
  p("edit; run `make matrix`. `make check` fails when a MUST clause has no")
  p("script, when a script names an unknown clause, or when this file is stale.")
  p("")
  p(string.format("%d clauses (%d MUST, %d SHOULD, %d MAY); %d MUST clauses "
    .. "named by at least one script; %d scripts.", total.n, total.must,
    total.should, total.may, total.mustcov, #scripts))
  p("")
  p("## Summary")
  p("")
  p("| Area | Clauses | MUST | SHOULD | MAY | Covered | MUST covered | Scripts |")
  p("|------|--------:|-----:|-------:|----:|--------:|-------------:|--------:|")
  for _, r in ipairs(rows) do
    local a = r == total and "**Total**" or ("[" .. r.area .. "](#" .. r.area:lower() .. ")")
    p(string.format("| %s | %d | %d | %d | %d | %d | %d / %d | %d |", a, r.n,
      r.must, r.should, r.may, r.cov, r.mustcov, r.must, r.nscripts))
  end
  p("")
  p("Covered: clauses named by at least one script. Scripts: distinct scripts")
  p("naming a clause of the area (a script may pin clauses of several areas).")
  p("")
  p("## MUST clauses without a script")
  p("")
  if #uncovered == 0 then
    p("None.")
  else
    p(table.concat(uncovered, ", ") .. ".")
  end
  for _, area in ipairs(areas) do
    p("")
    p("## ", area)
    p("")
    p("| Clause | Level | Scripts |")
    p("|--------|-------|---------|")
    for _, id in ipairs(order) do
      local c = clauses[id]
      if c.area == area then
        local where = rel(c.file):gsub("^docs/", "")
        local list = covered[id] and table.concat(covered[id], "<br>") or
                     (c.level == "MUST" and "**none**" or "—")
        p(string.format("| [%s](%s) | %s | %s |", id, where,
          level_label(c), list))
      end
    end
  end
  return table.concat(out, "\n") .. "\n"
end

local function plain_matrix()
  for _, id in ipairs(order) do
    local c = clauses[id]
    local list = covered[id] and table.concat(covered[id], " ") or
                 (c.level == "MUST" and "-- NO SCRIPT" or "-")
    print(string.format("%-14s %-22s %s", id, level_label(c), list))
  end
end

-- Checks that compare whole results.
for _, id in ipairs(uncovered) do
  local c = clauses[id]
  err("MUST clause %s (%s:%d) is named by no conformance script", id,
      rel(c.file), c.line)
end
local matrix = matrix_markdown()
local stale
if opt.check_matrix then
  local old = read_file(opt.check_matrix)
  if old ~= matrix then
    stale = string.format("%s is %s: run 'make matrix' (or harness/clauses.lua "
      .. "--write-matrix %s)", rel(opt.check_matrix), old and "stale" or "missing",
      rel(opt.check_matrix))
  end
end
if opt.write_matrix then
  local f, e = io.open(opt.write_matrix, "wb")
  if not f then die("cannot write " .. opt.write_matrix .. ": " .. e) end
  f:write(matrix)
  f:close()
end

local _, total = summary_rows()
local summary = string.format("%d clauses in %d areas (%d MUST, %d SHOULD, %d MAY), "
  .. "%d scripts, %d/%d MUST clauses covered", total.n, #areas, total.must,
  total.should, total.may, #scripts, total.mustcov, total.must)

if opt.tap then
  -- Split the problems into the test points they belong to.
  local spec_pb, script_pb, cover_pb = {}, {}, {}
  for _, e in ipairs(errors) do
    if e:match("^MUST clause") then cover_pb[#cover_pb + 1] = e
    elseif e:match("^docs/") or e:match("is not defined by the spec$") then
      spec_pb[#spec_pb + 1] = e
    else script_pb[#script_pb + 1] = e end
  end
  local n = 0
  local function point(ok, desc, pb)
    n = n + 1
    print((ok and "ok " or "not ok ") .. n .. " - " .. desc)
    for _, line in ipairs(pb or {}) do print("# " .. line) end
  end
  print(opt.check_matrix and "1..4" or "1..3")
  point(#spec_pb == 0, "the spec's clauses are well formed: " .. summary, spec_pb)
  point(#script_pb == 0, string.format("the front matter of %d scripts names "
    .. "only defined clauses and features", #scripts), script_pb)
  point(#uncovered == 0, #uncovered == 0 and "every MUST clause is named by a script"
    or string.format("%d MUST clauses are named by no script", #uncovered),
    cover_pb)
  if opt.check_matrix then
    point(stale == nil, rel(opt.check_matrix) .. " is up to date", { stale })
  end
  for _, w in ipairs(warnings) do print("# warning: " .. w) end
  os.exit(0)
end

if opt.uncovered then
  for _, id in ipairs(uncovered) do print(id) end
elseif not opt.quiet and not opt.write_matrix then
  plain_matrix()
end
for _, w in ipairs(warnings) do io.stderr:write("clauses: warning: ", w, "\n") end
local structural = 0
for _, e in ipairs(errors) do
  local coverage = e:match("^MUST clause") ~= nil
  if not coverage then structural = structural + 1 end
  -- Writing the matrix reports coverage in the matrix itself.
  if not (coverage and opt.write_matrix) then
    io.stderr:write("clauses: ", e, "\n")
  end
end
if stale then io.stderr:write("clauses: ", stale, "\n") end
if untagged > 0 and not opt.quiet then
  io.stderr:write(string.format("clauses: note: %d tags in test descriptions name "
    .. "clauses missing from their script's front matter\n", untagged))
end
io.stderr:write("clauses: ", summary, "\n")
if opt.write_matrix and not opt.check_matrix then
  os.exit(structural > 0 and 1 or 0)
end
os.exit((#errors > 0 or stale) and 1 or 0)
