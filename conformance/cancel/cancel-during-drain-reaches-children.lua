--[[---
clause: CANCEL-4, SCOPE-2, SCOPE-8
description: Scope:cancel called while the scope drains (body returned) cancels the remaining children
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local children = {}
local w = task.spawn(function() return pcall(task.scope, function(s)
  for i = 1, 3 do children[i] = s:spawn(function() task.sleep(tap.ms(10000)) end) end
  task.spawn(function()
    task.sleep(tap.ms(20))
    s:cancel()       -- the body has returned: the scope is draining
  end)
  return "body done"
end) end)
local ok = w:join()
tap.is(ok, true, "the scope did not raise (SCOPE-5)")
local all = true
for i = 1, 3 do
  local okc, ec = pcall(children[i].join, children[i])
  if okc or not tap.is_cancel(ec) then all = false end
  if children[i]:elapsed() >= tap.ms(5000) then all = false end
end
tap.ok(all, "every draining child woke at once with the cancellation error (CANCEL-4)")
tap.ok(children[1]:is_finished() and children[3]:is_finished(), "the scope drained them before returning (SCOPE-2)")
tap.cmp_ok(w:elapsed(), "<", tap.ms(5000), "the drain ended without waiting for the children's deadlines (CANCEL-4)")
