--[[---
clause: SCOPE-2
description: scope returns only after every child finished, nested scopes included
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local log = tap.log()
local hs = {}
task.scope(function(s)
  for i, d in ipairs({ 30, 10, 20 }) do
    hs[i] = s:spawn(function() task.sleep(tap.ms(d)); log("child" .. d) end)
  end
  log("body returns")
end)
log("scope returned")
log:is({ "body returns", "child10", "child20", "child30", "scope returned" },
       "scope waited for all three children (SCOPE-2)")
local all = hs[1]:is_finished() and hs[2]:is_finished() and hs[3]:is_finished()
tap.ok(all, "all children finished when scope returned (SCOPE-2)")

local nlog = tap.log()
task.scope(function(outer)
  outer:spawn(function()
    while not nlog:has("inner returned") do task.sleep(tap.ms(5)) end
    nlog("outer child")
  end)
  task.scope(function(inner)
    inner:spawn(function() task.sleep(tap.ms(10)); nlog("inner child") end)
  end)
  nlog("inner returned")
end)
nlog("outer returned")
nlog:is({ "inner child", "inner returned", "outer child", "outer returned" },
        "an inner scope drained its own child; the outer waited for its (SCOPE-2)")

local deep = tap.log()
task.scope(function(s)
  s:spawn(function()
    task.spawn(function()
      task.spawn(function() task.sleep(tap.ms(20)); deep("great-grandchild") end)
    end)
  end)
end)
deep("returned")
deep:is({ "great-grandchild", "returned" },
        "tasks spawned by children and grandchildren were drained too (SCOPE-2)")

local w = task.spawn(function()
  task.scope(function(s) s:spawn(function() task.sleep(tap.ms(50)) end) end)
end)
w:join()
tap.cmp_ok(w:elapsed(), ">=", tap.ms(50), "the drain lasted as long as the slowest child (SCOPE-2)")
