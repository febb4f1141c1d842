--[[---
clause: ROOT-8, HOST-13
description: a scope drain waiting on a child that joins the owner of the scope never exits 0
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

-- A host that cannot detect a deadlock hangs (the contract allows that, and
-- the harness's time limit then fails this script); timeout(1), when
-- present, turns such a hang into a clear failure here instead.
local limit = math.ceil(30 * tap.scale)
local prefix = os.execute("command -v timeout >/dev/null 2>&1") and ("timeout " .. limit .. " ") or ""
tap.plan(3)

local r = run([[
local task = std.task
local owner
owner = task.spawn(function()
  task.scope(function(s) s:spawn(function() owner:join() end) end)
end)
]], { prefix = prefix })
tap.is(r.how, "exit", "the host ended by itself (ROOT-8)")
tap.ok(r.code ~= 124, "it did not hang until the time limit (ROOT-8, ROOT-9)")
tap.ok(r.code ~= 0 and r.code ~= nil, "a drain in the cycle: the exit status is not 0 (ROOT-8)")
