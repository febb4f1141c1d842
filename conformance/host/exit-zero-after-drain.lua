--[[---
clause: ROOT-7, ROOT-3, HOST-13
description: a child script whose main chunk returns exits 0 only after its root tasks have finished
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
local scale = tonumber(os.getenv("STDTASK_TIME_SCALE")) or 1
task.spawn(function() task.sleep(20 * scale) print("root task 1 done") end)
task.spawn(function() task.sleep(10 * scale) print("root task 2 done") end)
print("main returns")
]])
tap.is(r.code, 0, "exit status 0 (ROOT-7, HOST-13)")
tap.is(r.how, "exit", "the host exited normally (ROOT-7)")
tap.is(r.out, "main returns\nroot task 2 done\nroot task 1 done\n", "the root tasks ran to completion first (ROOT-3)")
