-- harness/trace/escape.lua -- TAP test: task and scope names with any
-- bytes (0xFF, embedded NULs, control characters, quotes, overlong and
-- surrogate UTF-8, a cut sequence) come out of the JSON lines and the
-- chrome trace as valid JSON that a strict decoder reads back to the
-- name, with each byte of invalid UTF-8 as the code point of its value
-- (stdtask-lua(1)); the text log keeps the bytes. Run by the host.
local tap = require "tap"
local here = arg[0]:match("^(.*/)") or "./"
package.path = here .. "?.lua;" .. package.path
local json = require "json"
local shq = tap.shquote

local names = {
  "\255", "a\0b", "q\"u\\o/te", "\1\t\n\r\31\127", "é✓😀", "\192\175",
  "\237\160\128", "x\226\130", "\244\144\128\128", "\0",
}

-- What the name reads as: valid UTF-8 kept, each other byte U+00XX.
local function expected(s)
  local out, i = {}, 1
  while i <= #s do
    local c = s:byte(i)
    local n = c < 0x80 and 1 or c >= 0xC2 and c <= 0xDF and 2
              or c >= 0xE0 and c <= 0xEF and 3 or c >= 0xF0 and c <= 0xF4 and 4 or 0
    local seq = n > 0 and s:sub(i, i + n - 1)
    if seq and #seq == n and utf8.len(seq) == 1 then
      out[#out + 1] = seq
      i = i + n
    else
      out[#out + 1] = utf8.char(c)
      i = i + 1
    end
  end
  return table.concat(out)
end

local src = { "local task = std.task\ntask.scope(" .. ("%q"):format("x\0\255y") .. ", function(s)\n" }
for i, name in ipairs(names) do
  src[#src + 1] = ("  s:spawn(function() end, { name = %q })  -- #%d\n"):format(name, i)
end
src[#src + 1] = "end)\n"
src = table.concat(src)

local function run(format)
  local script, trace = os.tmpname(), os.tmpname()
  local f = assert(io.open(script, "wb"))
  f:write(src)
  f:close()
  local _, _, code = os.execute(tap.host_cmd() .. " --trace=" .. shq(trace) .. " --trace-format="
                                .. format .. " " .. shq(script))
  f = assert(io.open(trace, "rb"))
  local text = f:read("a")
  f:close()
  os.remove(script); os.remove(trace)
  return text, code
end

tap.plan(5 + 2 * #names)

-- JSON lines: every line decodes; the spawn events carry the names.
local text, code = run("json")
tap.is(code, 0, "json: the child exits 0")
local got, bad, scope_name = {}, nil, nil
for line in text:gmatch("[^\n]+") do
  local ev, err = json.decode(line)
  if not ev then bad = bad or err .. ": " .. line end
  if ev and ev.event == "spawn" then got[ev.id] = ev.name end
  if ev and ev.event == "scope_open" then scope_name = ev.detail end
end
tap.is(bad, nil, "json: every line is valid JSON to a strict decoder")
for i, name in ipairs(names) do
  tap.is(got[i], expected(name), ("json: name #%d reads back whole (%q)"):format(i, name))
end
tap.is(scope_name, "x\0\195\191y", "json: a scope name keeps its NUL, 0xFF reads as U+00FF")

-- The chrome document: the thread names carry the same escaping.
text = run("chrome")
local doc, err = json.decode(text)
tap.ok(doc, "chrome: the document is valid JSON to a strict decoder" .. (err and ": " .. err or ""))
local threads = {}
for _, e in ipairs(doc and doc.traceEvents or {}) do
  if e.ph == "M" and e.name == "thread_name" then threads[e.args.name] = true end
end
for i, name in ipairs(names) do
  local label = ("task #%d (%s)"):format(i, expected(name))
  tap.ok(threads[label], ("chrome: task #%d's thread is named with its whole name"):format(i))
end


-- The text log is for people: it writes the bytes as they are.
text = run("text")
tap.ok(text:find("(a\0b)", 1, true), "text: the name with its NUL is written whole")
