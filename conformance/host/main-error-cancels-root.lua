--[[---
clause: ROOT-6
description: when the main chunk raises, the host cancels the root scope and drains it - root tasks see "task cancelled" and clean up - before exiting
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
local task = std.task
for i = 1, 3 do
  task.spawn(function()
    local _ <close> = setmetatable({}, { __close = function() print("closed " .. i) end })
    local ok, e = pcall(task.sleep, 60000)
    print("task " .. i .. " woke: " .. tostring(ok) .. " " .. tostring(e))
  end)
end
task.sleep(10)
error("main failed")
]])
tap.isnt(r.code, 0, "non-zero status (ROOT-6)")
tap.like(r.out, "task 1 woke: false task cancelled", "a root task was woken by the cancellation (ROOT-6)")
tap.like(r.out, "task 3 woke: false task cancelled", "every root task was (ROOT-6)")
tap.like(r.out, "closed 3", "and drained: its cleanup ran before the exit (ROOT-6)")
