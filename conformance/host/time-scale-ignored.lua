--[[---
clause: HOST-9
description: the host ignores STDTASK_TIME_SCALE - a child run with a huge scale sleeps the durations it asks for
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

tap.plan(2)

local r = run([[
local task = std.task
local h = task.spawn(function() task.sleep(20) end)
h:join()
print(h:elapsed() < 5000)
]], { prefix = "STDTASK_TIME_SCALE=1000 " })
tap.is(r.code, 0, "exit 0 (ROOT-7)")
tap.is(r.out, "true\n", "a 20 ms sleep was not scaled by the host (HOST-9)")
