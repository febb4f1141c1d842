--[[---
clause: TOKEN-6, SCOPE-2, RUNTIME-9
description: a chain of 500 scopes nested through 500 tasks - cancelling the top reaches the bottom and every level drains
features: []
flags: [slow]
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local DEPTH = 500
local toks = {}
local leaf
local function level(n)
  return function()
    task.scope(function(s)
      toks[n] = s:token()
      if n < DEPTH then s:spawn(level(n + 1)) else leaf = s:spawn(function() task.sleep(tap.ms(60000)) end) end
      task.sleep(tap.ms(60000))
    end)
  end
end
local top
local r = table.pack(task.scope(function(s)
  top = s:spawn(level(1))
  while leaf == nil do task.sleep(tap.ms(1)) end
  s:cancel()
  local all = true
  for i = 1, DEPTH do if not toks[i]:is_cancelled() then all = false end end
  tap.ok(all, "all 500 nested scope tokens are cancelled at once (TOKEN-6)")
end))
tap.is(r.n, 0, "the top scope absorbed its own cancel after draining every level (SCOPE-2, SCOPE-5)")
local ok, e = pcall(leaf.join, leaf)
tap.ok(not ok and tap.is_cancel(e), "the task 500 levels down was cancelled (TOKEN-6)")
tap.ok(top:is_finished(), "every level returned (SCOPE-2)")
