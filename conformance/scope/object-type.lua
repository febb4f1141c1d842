--[[---
clause: SCOPE-12, ARGS-15
description: the value passed to scope and with_timeout bodies is a Scope object offering spawn, cancel, token and name (a userdata: SHOULD)
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local s1, s2
local ran = {}
task.scope("n", function(s)
  s1 = s
  s:spawn(function() ran[#ran + 1] = "scope" end)
end)
task.with_timeout(tap.ms(5000), function(s)
  s2 = s
  s:spawn(function() ran[#ran + 1] = "timeout" end)
end)
tap.is_deeply(ran, { "scope", "timeout" }, "both bodies' spawn method works (SCOPE-12)")
local ok = true
for _, s in ipairs({ s1, s2 }) do
  if s:token():is_cancelled() ~= false then ok = false end
  s:cancel()
  if s:token():is_cancelled() ~= true then ok = false end
end
tap.ok(ok, "both offer token and cancel, which work (SCOPE-12)")
tap.ok(s1.name == "n" and s2.name == nil, "and name (SCOPE-12, TIMEOUT-20)")
tap.should("ARGS-15", function()
  tap.is(type(s1), "userdata", "the scope body receives a userdata (ARGS-15)")
  tap.is(type(s2), "userdata", "so does the with_timeout body (ARGS-15)")
  tap.ok(type(getmetatable(s1)) ~= "table", "its metatable is protected (ARGS-15)")
end)
