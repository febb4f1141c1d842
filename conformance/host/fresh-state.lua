--[[---
clause: HOST-5, HOST-11
description: each run starts in a fresh state - globals of one run are not seen by the next; std.task exists before the first line
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

local src = "print(rawget(_G, 'leftover'))\nleftover = 1\nprint(type(std.task.spawn))\n"
local r1 = run(src)
local r2 = run(src)
tap.is(r1.out, "nil\nfunction\n", "the first run saw no leftover global (HOST-5)")
tap.is(r2.out, "nil\nfunction\n", "nor the second (HOST-5)")
tap.is(r2.code, 0, "exit 0 (ROOT-7)")
