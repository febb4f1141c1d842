--[[---
clause: TIMEOUT-8, TIMEOUT-22
description: a body that returned while its children were still running past the deadline still reports "timed out"
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local hs = {}
local w = task.spawn(function()
  return pcall(task.with_timeout, tap.ms(30), function(s)
    for i = 1, 3 do hs[i] = s:spawn(function() task.sleep(tap.ms(10000)) end) end
    return "body returned early"
  end)
end)
local ok, e = w:join()
tap.is(ok, false, "with_timeout raised although the body had returned (TIMEOUT-8)")
tap.like(e, "timed out", "it reports the timeout (TIMEOUT-8)")
tap.unlike(e, "body returned early", "the body's result is not mistaken for success (TIMEOUT-8)")
local all = true
for i = 1, 3 do
  local okc, ec = pcall(hs[i].join, hs[i])
  if okc or not tap.is_cancel(ec) then all = false end
end
tap.ok(all, "the children were cancelled at the deadline (TIMEOUT-3)")
tap.at(w:elapsed(), tap.ms(30), "with_timeout returned at the deadline (TIMEOUT-8, TIMEOUT-22)")
