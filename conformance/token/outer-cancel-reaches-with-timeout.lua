--[[---
clause: TOKEN-6, TIMEOUT-9
description: cancelling an enclosing scope cancels the token of a with_timeout scope opened inside it
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local wtok
local res
task.scope(function(s)
  s:spawn(function()
    res = table.pack(pcall(task.with_timeout, tap.ms(10000), function(w)
      wtok = w:token()
      task.sleep(tap.ms(10000))
    end))
  end)
  while wtok == nil do task.sleep(tap.ms(2)) end
  s:cancel()
  tap.is(wtok:is_cancelled(), true, "the with_timeout scope's token is cancelled at once (TOKEN-6)")
end)
tap.is(res[1], false, "with_timeout raised (TIMEOUT-9)")
tap.ok(tap.is_cancel(res[2]), "the cancellation error (TIMEOUT-9)")
tap.unlike(res[2], "timed out", "not a timeout (TIMEOUT-9)")
