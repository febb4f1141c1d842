--[[---
clause: SCOPE-12
description: the value passed to scope and with_timeout bodies is a userdata offering spawn, cancel, token and name
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local s1, s2
task.scope("n", function(s) s1 = s end)
task.with_timeout(tap.ms(5000), function(s) s2 = s end)
tap.is(type(s1), "userdata", "the scope body receives a userdata (SCOPE-12)")
tap.is(type(s2), "userdata", "so does the with_timeout body (SCOPE-12)")
local fields = true
for _, s in ipairs({ s1, s2 }) do
  for _, m in ipairs({ "spawn", "cancel", "token" }) do
    if type(s[m]) ~= "function" then fields = false end
  end
end
tap.ok(fields, "both offer spawn, cancel and token (SCOPE-12)")
tap.ok(s1.name == "n" and s2.name == nil, "and name (SCOPE-12, TIMEOUT-20)")
