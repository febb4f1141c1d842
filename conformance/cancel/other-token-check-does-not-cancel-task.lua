--[[---
clause: TOKEN-1, TOKEN-4, CANCEL-5
description: CancelToken:check on a token that is not the task's effective token raises, but does not cancel the task
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local st = task.cancel_token()
st:cancel()
local h = task.spawn(function()
  local ok, e = pcall(st.check, st)
  local c = task.current().cancelled
  task.sleep(tap.ms(5))
  task.yield()
  task.checkpoint()
  return ok, e, c
end)
local ok, e, c = h:join()
tap.is(ok, false, "check on a cancelled standalone token raised (TOKEN-4)")
tap.ok(tap.is_cancel(e), "the cancellation error (TOKEN-4)")
tap.is(c, false, "the task itself was not cancelled by it (TOKEN-1, CURRENT-3)")
tap.ok(h:is_finished(), "its own checkpoints afterwards did not raise (TOKEN-1)")

local other
task.scope(function(s) other = s; s:cancel() end)
local h2 = task.spawn(function()
  pcall(other:token().check, other:token())
  task.yield()
  return "fine"
end)
tap.is(h2:join(), "fine", "checking another scope's cancelled token does not cancel the task (CANCEL-5)")
