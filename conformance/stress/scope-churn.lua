--[[---
clause: SCOPE-1, SCOPE-2, SCOPE-5
description: ten thousand scopes opened and closed in a row, half absorbing their own cancel, leave no trace
features: []
flags: [slow]
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local h = task.spawn(function()
  local ok = 0
  for i = 1, 10000 do
    local r = table.pack(task.scope(function(s)
      s:spawn(function() task.yield() end)
      if i % 2 == 0 then s:cancel(); task.checkpoint() end
      return i
    end))
    if (i % 2 == 0 and r.n == 0) or (i % 2 == 1 and r[1] == i) then ok = ok + 1 end
  end
  return ok, task.current().cancelled
end)
local ok, c = h:join()
tap.is(ok, 10000, "every scope returned the right outcome (SCOPE-1, SCOPE-5)")
tap.is(c, false, "the task is not cancelled afterwards (CANCEL-8)")
tap.ok(h:is_finished(), "done (SCOPE-2)")
