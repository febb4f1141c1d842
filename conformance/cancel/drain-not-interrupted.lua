--[[---
clause: CANCEL-12, SCOPE-4
description: a fiber waiting in its scope's drain keeps waiting when its token is cancelled, until every child has finished
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local log = tap.log()
local res
task.scope(function(outer)
  outer:spawn(function()
    res = table.pack(pcall(task.scope, function(inner)
      inner:spawn(function()
        pcall(task.sleep, tap.ms(10000))
        for _ = 1, 10 do coroutine.yield() end  -- keeps running after the cancel
        log("child finished")
      end)
      -- the body returns: the fiber waits in the drain
      return "body result"
    end))
    log("drain ended")
  end)
  task.sleep(tap.ms(10))
  outer:cancel()
end)
log:is({ "child finished", "drain ended" }, "the drain waited for the child despite the cancellation (CANCEL-12)")
tap.is(res[1], true, "the body had returned normally, so the scope did not raise (SCOPE-15)")
tap.is_deeply(res, { n = 2, true, "body result" },
              "scope returned the body's results after the drain (CANCEL-12, SCOPE-15)")
