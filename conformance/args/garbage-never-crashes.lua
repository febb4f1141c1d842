--[[---
clause: ARGS-1, ARGS-2, ARGS-3, ARGS-4
description: every function and method given garbage raises an error or returns - nothing crashes or hangs
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

local h = task.spawn(function() end)
local tok = task.cancel_token()
local saved
task.scope(function(s) saved = s end)
-- Every value here is invalid as the first argument of every target (so
-- nothing runs or sleeps); no function values, which scope would accept.
local garbage = { "str", {}, true, false, coroutine.create(function() end), io.stdout,
                  -1, 0 / 0, math.huge }

local targets = {
  { "spawn", task.spawn },
  { "sleep", task.sleep },
  { "scope", task.scope },
  { "with_timeout", task.with_timeout },
  { "Handle.join", h.join },
  { "Handle.abort", h.abort },
  { "Handle.is_finished", h.is_finished },
  { "Handle.elapsed", h.elapsed },
  { "Scope.spawn", saved.spawn },
  { "Scope.cancel", saved.cancel },
  { "Scope.token", saved.token },
  { "CancelToken.cancel", tok.cancel },
  { "CancelToken.check", tok.check },
  { "CancelToken.is_cancelled", tok.is_cancelled },
}
tap.plan(#targets + 1)

for _, t in ipairs(targets) do
  local raised = 0
  for _, g in ipairs(garbage) do
    if not pcall(t[2], g, g, g) then raised = raised + 1 end
  end
  tap.ok(raised == #garbage, t[1] .. " raised for every garbage argument list (ARGS-1, ARGS-2, ARGS-3, ARGS-4)")
end
task.sleep(0)
tap.pass("the host survived all of it (ARGS-1)")
