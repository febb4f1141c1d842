--[[---
clause: CANCEL-3, TOKEN-4
description: CancelToken:check raises the cancellation error on every call once cancelled, without suspending
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

task.scope(function(s)
  local tok = s:token()
  tap.lives(function() tok:check() end, "check returns normally before the cancel (TOKEN-4)")
  s:cancel()
  local ran = false
  task.spawn(function() ran = true end)
  for i = 1, 3 do
    local ok, e = pcall(tok.check, tok)
    tap.ok(not ok and tap.is_cancel(e), "check raised the cancellation error, call " .. i .. " (CANCEL-3)")
  end
  tap.is(ran, false, "check did not suspend: a ready task did not run (TOKEN-4)")
end)

local st = task.cancel_token()
st:cancel()
local ok = pcall(st.check, st)
local ok2 = pcall(st.check, st)
tap.ok(not ok and not ok2, "a standalone token's check raises on every call (CANCEL-3, TOKEN-4)")
