-- readme-blocks.lua README SRCDIR BUILDDIR WORK: README.md as executable
-- documentation, printing TAP (harness/check-readme.sh runs it).
--
-- Every fenced block is one of: ```lua (a file, named by its first line
-- "-- NAME.lua", written into WORK), ```sh (each command must exit 0),
-- ```console ("$ " commands, each followed by the output it must print,
-- stdout and stderr together, and must exit 0), ```text (not code).
-- Commands run in WORK, which links the tree's top-level entries (the
-- built ones from BUILDDIR), as from the top of an in-tree build. Output is
-- compared with runs of white space collapsed and decimal fractions (the
-- times of a trace) replaced by N.N. A block that cannot run here is
-- preceded by <!-- readme-test: skip: REASON -->, reported as a skip;
-- any other block (an indented one, another language) fails the test.

local readme, srcdir, builddir, work = ...

local points = {}
local function point(ok, desc, diag)
  points[#points + 1] = { ok = ok, desc = desc, diag = diag }
end

-- Parse the blocks.
local blocks, lines = {}, {}
for l in io.lines(readme) do lines[#lines + 1] = l end
local i, skip = 1, nil
while i <= #lines do
  local l = lines[i]
  local reason = l:match("^<!%-%- readme%-test: skip: (.-) %-%->$")
  local info = l:match("^```(%S*)$")
  if reason then
    skip = reason
  elseif info and info ~= "" then
    local b = { info = info, line = i, skip = skip, body = {} }
    i = i + 1
    while i <= #lines and lines[i] ~= "```" do
      b.body[#b.body + 1] = lines[i]
      i = i + 1
    end
    blocks[#blocks + 1] = b
    skip = nil
  elseif l:match("^    %S") and (lines[i - 1] or "") == "" then
    point(false, string.format("line %d: an indented block: fence it (```text, ```sh, ```console, ```lua)", i))
  elseif l:match("%S") then
    skip = skip and l:match("^%s*$") and skip or nil
  end
  i = i + 1
end

-- A command spans lines while a quote is open or a line ends with "\".
local function open_quote(s, q)
  for c in s:gmatch(".") do
    if q == nil and (c == "'" or c == '"') then q = c
    elseif c == q then q = nil end
  end
  return q
end

local function norm(s)
  s = s:gsub("%d+%.%d+", "N.N"):gsub("%s+", " ")
  return (s:gsub("^ ", ""):gsub(" $", ""))
end

local function run(cmd)
  local f = io.popen("cd '" .. work .. "' && { " .. cmd .. "\n} 2>&1")
  local out = f:read("a")
  local ok, how, code = f:close()
  return out, ok and 0 or code, how
end

local function commands(body, prompt)
  local cmds, cur = {}, nil
  for _, l in ipairs(body) do
    if cur and (cur.q or cur.text:match("\\$")) then
      cur.text = cur.text .. "\n" .. l
      cur.q = open_quote(l, cur.q)
    else
      local c
      if prompt then c = l:match("^%$ (.*)$") else c = not l:match("^#") and l:match("%S") and l end
      if c then
        cur = { text = c, q = open_quote(c), out = {} }
        cmds[#cmds + 1] = cur
      elseif cur and prompt then
        cur.out[#cur.out + 1] = l
      end
    end
  end
  return cmds
end

local files, used, nrun, nskip = {}, {}, 0, 0
for _, b in ipairs(blocks) do
  if b.info == "lua" then
    local name = (b.body[1] or ""):match("^%-%- ([%w_%-]+%.lua)")
    if not name then
      point(false, string.format("line %d: a Lua block whose first line is no '-- NAME.lua'", b.line))
    else
      local f = assert(io.open(work .. "/" .. name, "w"))
      f:write(table.concat(b.body, "\n"), "\n")
      f:close()
      files[name] = b.line
    end
  end
end
for _, b in ipairs(blocks) do
  local where = string.format("line %d", b.line)
  if b.info == "sh" or b.info == "console" then
    for name in pairs(files) do
      if table.concat(b.body, "\n"):find(name, 1, true) then used[name] = true end
    end
  end
  if b.skip and b.info ~= "lua" and b.info ~= "text" then
    nskip = nskip + 1
    points[#points + 1] = { ok = true, skip = b.skip, desc = where .. " (```" .. b.info .. ")" }
  elseif b.info == "sh" or b.info == "console" then
    for _, c in ipairs(commands(b.body, b.info == "console")) do
      local out, status = run(c.text)
      local first = c.text:match("^[^\n]*")
      nrun = nrun + 1
      local want = table.concat(c.out, "\n")
      if status ~= 0 then
        point(false, where .. ": " .. first, "exit status " .. tostring(status) .. "\n" .. out)
      elseif want:match("%S") and norm(out) ~= norm(want) then
        point(false, where .. ": " .. first, "want:\n" .. want .. "\ngot:\n" .. out)
      else
        point(true, where .. ": " .. first .. (want:match("%S") and " (output as shown)" or ""))
      end
    end
  elseif b.info ~= "lua" and b.info ~= "text" then
    point(false, where .. ": a ```" .. b.info .. " block neither run nor marked '<!-- readme-test: skip: REASON -->'")
  end
end
for name, line in pairs(files) do
  if not used[name] then
    point(false, string.format("line %d: %s is run by no command of the README", line, name))
  end
end

print("1.." .. #points)
for n, p in ipairs(points) do
  if p.skip then
    print(string.format("ok %d - %s # SKIP %s", n, p.desc, p.skip))
  else
    print(string.format("%s %d - %s", p.ok and "ok" or "not ok", n, p.desc))
    if not p.ok and p.diag then print((("\n" .. p.diag):gsub("\n", "\n#   "):sub(2))) end
  end
end
print(string.format("# %d commands run, %d blocks skipped", nrun, nskip))
