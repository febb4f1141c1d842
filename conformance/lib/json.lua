-- json.lua: a strict JSON (RFC 8259) decoder for the trace scripts (pure
-- Lua 5.4). Objects become tables keyed by member name (member order and
-- nesting are free), arrays become sequences with an `n` field, null
-- becomes json.null (a unique sentinel, so a member that is null is told
-- from a member that is missing), numbers become Lua numbers (integers when
-- written without fraction or exponent and in range).
--
--   local json = require "json"
--   local v, err = json.decode('{"event":"spawn","id":1,"name":null}')
--
-- decode returns nil and a message naming the offset of the first error;
-- trailing garbage is an error.

local json = {}

json.null = setmetatable({}, { __tostring = function() return "null" end,
                               __name = "json.null" })

local escapes = {
  ['"'] = '"', ["\\"] = "\\", ["/"] = "/", b = "\b", f = "\f",
  n = "\n", r = "\r", t = "\t",
}

local decode_value -- forward

local function fail(pos, what)
  error({ json_error = "offset " .. pos .. ": " .. what }, 0)
end

local function skip_ws(s, pos)
  return (s:find("[^ \t\r\n]", pos)) or #s + 1
end

local function decode_string(s, pos)
  -- s:sub(pos, pos) == '"'
  local parts, i = {}, pos + 1
  while true do
    local j = s:find('["\\%c]', i)
    if j == nil then fail(pos, "unterminated string") end
    parts[#parts + 1] = s:sub(i, j - 1)
    local c = s:sub(j, j)
    if c == '"' then return table.concat(parts), j + 1 end
    if c ~= "\\" then fail(j, "control character in string") end
    local e = s:sub(j + 1, j + 1)
    if escapes[e] then
      parts[#parts + 1] = escapes[e]
      i = j + 2
    elseif e == "u" then
      local hex = s:match("^%x%x%x%x", j + 2)
      if not hex then fail(j, "bad \\u escape") end
      local cp = tonumber(hex, 16)
      i = j + 6
      if cp >= 0xD800 and cp <= 0xDBFF then
        local lo = s:match("^\\u(%x%x%x%x)", i)
        local lv = lo and tonumber(lo, 16)
        if not lv or lv < 0xDC00 or lv > 0xDFFF then
          fail(j, "unpaired surrogate")
        end
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lv - 0xDC00)
        i = i + 6
      elseif cp >= 0xDC00 and cp <= 0xDFFF then
        fail(j, "unpaired surrogate")
      end
      parts[#parts + 1] = utf8.char(cp)
    else
      fail(j, "bad escape")
    end
  end
end

-- -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)?
local function decode_number(s, pos)
  local i = pos
  if s:sub(i, i) == "-" then i = i + 1 end
  local int = s:match("^0", i) or s:match("^[1-9]%d*", i)
  if not int then fail(pos, "bad number") end
  i = i + #int
  local frac = s:match("^%.%d+", i)
  if frac then i = i + #frac end
  local exp = s:match("^[eE][-+]?%d+", i)
  if exp then i = i + #exp end
  local text = s:sub(pos, i - 1)
  local v = tonumber(text)
  if not frac and not exp then v = math.tointeger(v) or v end
  return v, i
end

local function decode_object(s, pos, depth)
  local obj = {}
  pos = skip_ws(s, pos + 1)
  if s:sub(pos, pos) == "}" then return obj, pos + 1 end
  while true do
    if s:sub(pos, pos) ~= '"' then fail(pos, "member name expected") end
    local k
    k, pos = decode_string(s, pos)
    pos = skip_ws(s, pos)
    if s:sub(pos, pos) ~= ":" then fail(pos, "':' expected") end
    if rawget(obj, k) ~= nil then fail(pos, "duplicate member " .. k) end
    obj[k], pos = decode_value(s, skip_ws(s, pos + 1), depth + 1)
    pos = skip_ws(s, pos)
    local c = s:sub(pos, pos)
    if c == "}" then return obj, pos + 1 end
    if c ~= "," then fail(pos, "',' or '}' expected") end
    pos = skip_ws(s, pos + 1)
  end
end

local function decode_array(s, pos, depth)
  local arr, n = {}, 0
  pos = skip_ws(s, pos + 1)
  if s:sub(pos, pos) == "]" then arr.n = 0; return arr, pos + 1 end
  while true do
    n = n + 1
    arr[n], pos = decode_value(s, pos, depth + 1)
    pos = skip_ws(s, pos)
    local c = s:sub(pos, pos)
    if c == "]" then arr.n = n; return arr, pos + 1 end
    if c ~= "," then fail(pos, "',' or ']' expected") end
    pos = skip_ws(s, pos + 1)
  end
end

local literals = { ["true"] = true, ["false"] = false }

function decode_value(s, pos, depth)
  if depth > 200 then fail(pos, "nested too deeply") end
  pos = skip_ws(s, pos)
  local c = s:sub(pos, pos)
  if c == "{" then return decode_object(s, pos, depth)
  elseif c == "[" then return decode_array(s, pos, depth)
  elseif c == '"' then return decode_string(s, pos)
  elseif c == "-" or c:match("%d") then return decode_number(s, pos)
  end
  local word = s:match("^%a+", pos)
  if word == "null" then return json.null, pos + 4 end
  if word and literals[word] ~= nil then return literals[word], pos + #word end
  fail(pos, c == "" and "value expected at end of text" or "unexpected " .. c)
end

--- Decodes one JSON text; returns the value, or nil and an error message.
function json.decode(s)
  if type(s) ~= "string" then return nil, "json.decode: string expected" end
  local ok, v, pos = pcall(decode_value, s, 1, 0)
  if not ok then
    if type(v) == "table" and v.json_error then return nil, v.json_error end
    error(v, 0)
  end
  pos = skip_ws(s, pos)
  if pos <= #s then return nil, "offset " .. pos .. ": trailing characters" end
  return v
end

return json
