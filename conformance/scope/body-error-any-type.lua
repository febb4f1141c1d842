--[[---
clause: SCOPE-3
description: scope re-raises a body error of any type unchanged - number, boolean, table, function, thread, userdata
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

local fn = function() end
local co = coroutine.create(fn)
local cases = {
  { 42, "an integer" },
  { 2.5, "a float" },
  { false, "false" },
  { true, "true" },
  { {}, "a table" },
  { fn, "a function" },
  { co, "a thread" },
  { io.stdout, "a userdata" },
  { "plain string", "a string" },
}
tap.plan(#cases)

for _, c in ipairs(cases) do
  local ok, e = pcall(task.scope, function(s)
    s:spawn(function() task.sleep(tap.ms(10000)) end)
    task.yield()
    error(c[1], 0)
  end)
  tap.ok(ok == false and rawequal(e, c[1]) and math.type(e) == math.type(c[1]),
         "scope re-raised " .. c[2] .. " unchanged after the drain (SCOPE-3)")
end
