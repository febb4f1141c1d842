--[[---
clause: SCOPE-5, CANCEL-4
description: a child calling Scope:cancel cancels the body and its siblings; the scope absorbs it
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local sibling
local w = task.spawn(function()
  return table.pack(pcall(task.scope, function(s)
    s:spawn(function()
      task.sleep(tap.ms(20))
      s:cancel()
      return "canceller done"
    end)
    sibling = s:spawn(function() task.sleep(tap.ms(10000)) end)
    task.sleep(tap.ms(10000))
    return "unreached"
  end))
end)
local r = w:join()
tap.is(r[1], true, "the scope absorbed a cancel issued by its child (SCOPE-5)")
tap.is(r.n, 1, "and returned no values (SCOPE-5)")
local ok, e = pcall(sibling.join, sibling)
tap.ok(not ok and tap.is_cancel(e), "the sleeping sibling was cancelled (CANCEL-4)")
tap.cmp_ok(w:elapsed(), "<", tap.ms(5000), "the body's 10 s sleep was cut short (CANCEL-4)")
tap.cmp_ok(w:elapsed(), ">=", tap.ms(20), "not before the child cancelled (CANCEL-4)")
