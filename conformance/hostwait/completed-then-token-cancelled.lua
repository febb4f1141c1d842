--[[---
clause: HOSTWAIT-9, TOKEN-5
description: a host wait completed before its fiber resumes returns its values although the scope's token was cancelled meanwhile through a CancelToken
features: [host-waits]
flags: []
---]]
local tap = require "tap"
if not tap.needs("host-waits") then return end
local task, H = std.task, std.testhost

tap.plan(3)

local got, raised
task.scope(function(s)
  local tok = s:token()
  s:spawn(function()
    local ok, a, b = pcall(H.after, tap.ms(5), nil, "x")
    got = ok and table.pack(a, b) or nil
    raised = not ok and a
  end)
  while H.pending() == 0 do task.yield() end
  while H.pending() == 1 do task.yield() end  -- completed, not resumed yet
  tok:cancel()
end)
tap.ok(got ~= nil, "the call returned instead of raising " .. tostring(raised) .. " (HOSTWAIT-9)")
tap.is_deeply(got and { got[1], got[2] }, { nil, "x" }, "with the host's values (HOSTWAIT-9)")
tap.is(H.pending(), 0, "no host wait pending (HOSTWAIT-7)")
