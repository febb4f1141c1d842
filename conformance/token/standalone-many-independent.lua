--[[---
clause: TOKEN-1, TOKEN-2
description: a thousand standalone tokens are independent - cancelling some leaves the others live
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local toks = {}
for i = 1, 1000 do toks[i] = task.cancel_token() end
for i = 1, 1000, 2 do toks[i]:cancel() end
local odd, even = 0, 0
for i = 1, 1000 do
  if toks[i]:is_cancelled() then
    if i % 2 == 1 then odd = odd + 1 end
  elseif i % 2 == 0 then
    even = even + 1
  end
end
tap.is(odd, 500, "every cancelled token reads cancelled (TOKEN-1)")
tap.is(even, 500, "every other token is still live (TOKEN-1)")
for i = 1, 1000, 2 do toks[i]:cancel() end
local still = 0
for i = 2, 1000, 2 do if not toks[i]:is_cancelled() then still = still + 1 end end
tap.is(still, 500, "cancelling again changed nothing (TOKEN-2)")
