--[[---
clause: ROOT-7
description: the exit status is 0 whatever the main chunk returns - false, a number, an error-looking string, a table
features: []
flags: [spawns-host]
---]]
local tap = require "tap"
if not tap.needs_host() then return end

-- Child scripts run on the same host through tap.run_script.
local run = tap.run_script

local returns = { "false", "42", "1", "'error: boom'", "{}", "nil, 'x'" }
tap.plan(#returns)

for _, v in ipairs(returns) do
  local r = run("return " .. v .. "\n")
  tap.is(r.code, 0, "a main chunk returning " .. v .. " exits 0 (ROOT-7)")
end
