--[[---
clause: ROOT-6, HOST-13
description: a child script whose main chunk raises exits non-zero and writes the error message to stderr
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

tap.plan(4)

local r = run([[
print("before")
error("boom from the main chunk")
]])
tap.is(r.how, "exit", "the host exited (ROOT-6)")
tap.isnt(r.code, 0, "with a non-zero status (ROOT-6, HOST-13)")
tap.like(r.err, "boom from the main chunk", "the error message is on stderr (ROOT-6)")
tap.is(r.out, "before\n", "stdout holds only what the script printed (HOST-6)")
