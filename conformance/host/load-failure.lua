--[[---
clause: HOST-7, HOST-13
description: a script with a syntax error, or a missing script, makes the host exit non-zero without running any of it
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

local r = run("print('ran')\nlocal = 1\n")
tap.isnt(r.code, 0, "a syntax error: non-zero status (HOST-7)")
tap.is(r.out, "", "none of the script ran (HOST-7)")
local missing = os.tmpname()
os.remove(missing)
local p = io.popen(host_cmd() .. " " .. shquote(missing .. ".does-not-exist.lua") .. " 2>/dev/null")
p:read("a")
local _, _, code = p:close()
tap.isnt(code, 0, "a missing script: non-zero status (HOST-7)")
