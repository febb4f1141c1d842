-- harness/trace/json.lua -- a strict JSON (RFC 8259) decoder for the
-- trace tests: it rejects what a lenient reader lets through (raw control
-- characters or invalid UTF-8 in strings, lone surrogates, trailing commas,
-- bad numbers, anything after the value).
--   local json = require "json"
--   local value, err = json.decode(text)   -- nil and a message on error
-- Objects and arrays are tables; null is json.null; arrays carry n.
local json = { null = setmetatable({}, { __tostring = function() return "null" end }) }

local byte, sub, find, char = string.byte, string.sub, string.find, utf8.char

local function fail(pos, msg) error({ pos = pos, msg = msg }, 0) end

local function skip(s, i)
  local _, e = find(s, "^[ \t\r\n]*", i)
  return e + 1
end

local escapes = {
  [34] = '"', [92] = "\\", [47] = "/", [98] = "\b", [102] = "\f",
  [110] = "\n", [114] = "\r", [116] = "\t",
}

local function hex4(s, i)
  local h = sub(s, i, i + 3)
  if not h:match("^%x%x%x%x$") then fail(i, "bad \\u escape") end
  return tonumber(h, 16)
end

local function str(s, i)  -- s:byte(i) == '"'
  local out, j = {}, i + 1
  while true do
    local k = find(s, '["\\%c]', j)  -- %c: the controls 0..31 and 127
    if not k then fail(i, "unterminated string") end
    local raw = sub(s, j, k - 1)
    if not utf8.len(raw) then fail(j, "invalid UTF-8 in a string") end
    out[#out + 1] = raw
    local c = byte(s, k)
    if c == 34 then return table.concat(out), k + 1 end
    if c == 127 then out[#out + 1] = "\127"; j = k + 1
    elseif c < 32 then fail(k, "raw control character in a string")
    else  -- backslash
      local e = byte(s, k + 1)
      if escapes[e] then out[#out + 1] = escapes[e]; j = k + 2
      elseif e == 117 then  -- \uXXXX, pairs for the astral planes
        local u = hex4(s, k + 2)
        j = k + 6
        if u >= 0xD800 and u <= 0xDBFF then
          if sub(s, j, j + 1) ~= "\\u" then fail(k, "lone high surrogate") end
          local lo = hex4(s, j + 2)
          if lo < 0xDC00 or lo > 0xDFFF then fail(k, "bad low surrogate") end
          u = 0x10000 + (u - 0xD800) * 0x400 + (lo - 0xDC00)
          j = j + 6
        elseif u >= 0xDC00 and u <= 0xDFFF then
          fail(k, "lone low surrogate")
        end
        out[#out + 1] = char(u)
      else fail(k, "bad escape") end
    end
  end
end

local value

local function num(s, i)
  local _, e = find(s, "^-?0", i)
  if not e then _, e = find(s, "^-?[1-9]%d*", i) end
  if not e then fail(i, "unexpected character") end
  local _, f = find(s, "^%.%d+", e + 1)
  if f then e = f end
  _, f = find(s, "^[eE][+-]?%d+", e + 1)
  if f then e = f end
  return tonumber(sub(s, i, e)), e + 1
end

local function list(s, i, close, item)
  local t, n = {}, 0
  i = skip(s, i + 1)
  if byte(s, i) == close then return t, i + 1, 0 end
  while true do
    n = n + 1
    i = item(t, n, i)
    i = skip(s, i)
    local c = byte(s, i)
    if c == close then return t, i + 1, n end
    if c ~= 44 then fail(i, "expected ',' or a closing bracket") end
    i = skip(s, i + 1)
  end
end

function value(s, i)
  i = skip(s, i)
  local c = byte(s, i)
  if c == 123 then
    return list(s, i, 125, function(t, _, j)
      if byte(s, j) ~= 34 then fail(j, "expected a member name") end
      local k
      k, j = str(s, j)
      j = skip(s, j)
      if byte(s, j) ~= 58 then fail(j, "expected ':'") end
      t[k], j = value(s, j + 1)
      return j
    end)
  elseif c == 91 then
    local t, j, n = list(s, i, 93, function(t, n, j)
      t[n], j = value(s, j)
      return j
    end)
    t.n = n
    return t, j
  elseif c == 34 then return str(s, i)
  elseif sub(s, i, i + 3) == "true" then return true, i + 4
  elseif sub(s, i, i + 4) == "false" then return false, i + 5
  elseif sub(s, i, i + 3) == "null" then return json.null, i + 4
  elseif c == nil then fail(i, "unexpected end")
  end
  return num(s, i)
end

function json.decode(s)
  local ok, v, i = pcall(value, s, 1)
  if ok then
    i = skip(s, i)
    if i <= #s then ok, v = false, { pos = i, msg = "text after the value" } end
  end
  if not ok then
    if type(v) ~= "table" then error(v, 0) end
    return nil, ("JSON error at byte %d: %s"):format(v.pos, v.msg)
  end
  return v
end

return json
