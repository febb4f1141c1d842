--[[---
clause: TOKEN-6, CANCEL-4
description: cancelling a scope reaches scopes opened by its children and grandchildren in their own tasks
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local toks = {}
local leaf
local function level(n)
  return function()
    task.scope(function(s)
      toks[n] = s:token()
      if n < 4 then
        s:spawn(level(n + 1))
      else
        leaf = task.spawn(function() task.sleep(tap.ms(10000)) end)
      end
      task.sleep(tap.ms(10000))
    end)
  end
end
local root_child
task.scope(function(s)
  root_child = s:spawn(level(1))
  while leaf == nil do task.sleep(tap.ms(2)) end
  tap.is(toks[4]:is_cancelled(), false, "the deepest scope starts live (TOKEN-1)")
  s:cancel()
  local all = true
  for i = 1, 4 do if not toks[i]:is_cancelled() then all = false end end
  tap.ok(all, "all four scopes opened by descendants are cancelled at once (TOKEN-6)")
end)
local ok, e = pcall(leaf.join, leaf)
tap.ok(not ok and tap.is_cancel(e), "the leaf task sleeping four levels down was cancelled (CANCEL-4)")
tap.cmp_ok(leaf:elapsed(), "<", tap.ms(5000), "it woke at once (CANCEL-4)")
local okr, er = pcall(root_child.join, root_child)
tap.ok(not okr and tap.is_cancel(er), "the cancellation propagated out of each nested scope (SCOPE-6)")
