--[[---
clause: ROOT-6
description: a main chunk raising a non-string error value (a table, nil) still exits non-zero
features: []
flags: []
---]]
local tap = require "tap"

-- Runs SRC as a script on the same host, with the same interpreter prefix
-- (arg[lowest] .. arg[-1]: HOST and any options it was given), and returns
-- its stdout, stderr and exit status.
local function shquote(s) return "'" .. (tostring(s):gsub("'", "'\\''")) .. "'" end
local function host_cmd()
  local lo = -1
  while arg[lo - 1] ~= nil do lo = lo - 1 end
  local parts = {}
  for i = lo, -1 do parts[#parts + 1] = shquote(arg[i]) end
  return table.concat(parts, " ")
end
local function run(src, extra)
  local path, errpath = os.tmpname(), os.tmpname()
  local f = assert(io.open(path, "w"))
  f:write(src)
  f:close()
  local p = assert(io.popen((extra and extra.prefix or "") .. host_cmd() .. " " .. shquote(path)
                            .. (extra and extra.args or "") .. " 2>" .. shquote(errpath)))
  local out = p:read("a")
  local _, how, code = p:close()
  local ef = io.open(errpath)
  local err = ef and ef:read("a") or ""
  if ef then ef:close() end
  os.remove(path)
  os.remove(errpath)
  return { out = out, err = err, how = how, code = code }
end

tap.plan(3)

local r = run("error({ code = 3 })\n")
tap.isnt(r.code, 0, "a table error: non-zero status (ROOT-6)")
local r2 = run("error()\n")
tap.isnt(r2.code, 0, "a nil error: non-zero status (ROOT-6)")
local r3 = run("local task = std.task\n" ..
               "task.scope(function() error(setmetatable({}, {__tostring = function() return 'x' end})) end)\n")
tap.isnt(r3.code, 0, "an error escaping a scope of the main chunk: non-zero status (ROOT-6)")
