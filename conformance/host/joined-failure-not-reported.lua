--[[---
clause: JOIN-9, HOST-3
description: a failure delivered by join is not reported as an unjoined failure on stderr
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

local r = run([[
local task = std.task
local h = task.spawn(function() error("JOINED-FAILURE-7Q", 0) end)
local ok, e = pcall(h.join, h)
print(ok, e)
local g = task.spawn(function() error("OBSERVED-LATER-3Z", 0) end)
task.sleep(5)
print(pcall(g.join, g))
]])
tap.is(r.code, 0, "exit 0 (HOST-3)")
tap.is(r.out, "false\tJOINED-FAILURE-7Q\nfalse\tOBSERVED-LATER-3Z\n", "both failures were delivered by join (JOIN-2)")
tap.ok(not r.err:find("JOINED-FAILURE-7Q", 1, true) and not r.err:find("OBSERVED-LATER-3Z", 1, true),
       "neither is reported on stderr as unjoined (JOIN-9)")
