--[[---
clause: SCOPE-1
description: scope returns every value the body returns, nils and count included
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(7)

local r = table.pack(task.scope(function() return 1, nil, "three", nil end))
tap.is(r.n, 4, "scope returned all four values, trailing nil included (SCOPE-1)")
tap.is_deeply({ r[1], r[2], r[3], r[4] }, { 1, nil, "three", nil }, "in order (SCOPE-1)")

local z = table.pack(task.scope(function() end))
tap.is(z.n, 0, "a body returning nothing makes scope return nothing (SCOPE-1)")

local t = {}
tap.ok(rawequal(task.scope("named", function() return t end), t),
       "scope(name, fn) returns the body's table itself (SCOPE-1)")

local h = task.spawn(function()
  return task.scope(function(s)
    s:spawn(function() task.sleep(tap.ms(10)) end)
    return "a", "b"
  end)
end)
local a, b = h:join()
tap.is(a, "a", "in a task, scope returned the body's first result after draining (SCOPE-1)")
tap.is(b, "b", "and its second (SCOPE-1)")

local many = table.pack(task.scope(function()
  local v = {}
  for i = 1, 200 do v[i] = i end
  return table.unpack(v)
end))
tap.is(many.n, 200, "two hundred results come back (SCOPE-1)")
