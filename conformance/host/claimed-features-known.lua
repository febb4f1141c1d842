--[[---
clause: HOST-8
description: every optional feature the harness says the host claims is one the specification defines
features: []
flags: []
---]]
local tap = require "tap"

local known = { preempt = true, ["nested-suspend"] = true, ["virtual-clock"] = true, trace = true,
                ["host-waits"] = true }
local claimed = {}
for name in (os.getenv("STDTASK_FEATURES") or ""):gmatch("[^,%s]+") do
  claimed[#claimed + 1] = name
end

tap.plan(#claimed + 1)
local seen, twice = {}, {}
for _, name in ipairs(claimed) do
  if seen[name] then twice[#twice + 1] = name end
  seen[name] = true
end
tap.is_deeply(twice, {}, "STDTASK_FEATURES lists " .. #claimed .. " feature(s), none twice (HOST-8)")
for _, name in ipairs(claimed) do
  tap.ok(known[name], "claimed feature '" .. name .. "' is defined by the spec (HOST-8)")
end
