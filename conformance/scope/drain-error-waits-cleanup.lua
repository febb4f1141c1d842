--[[---
clause: SCOPE-3, SCOPE-4
description: when the body raises, scope waits for cancelled children to finish their cleanup before re-raising
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local ok, e = pcall(task.scope, function(s)
  for i = 1, 3 do
    s:spawn(function()
      local okc = pcall(task.sleep, tap.ms(10000))
      if not okc then
        for _ = 1, i * 3 do coroutine.yield() end   -- cleanup that takes a while (not a checkpoint)
        log("cleanup " .. i)
      end
    end)
  end
  task.yield()
  error("body failed", 0)
end)
log("scope raised")
tap.is(ok, false, "scope raised (SCOPE-3)")
tap.is(e, "body failed", "the body's error, unchanged (SCOPE-3)")
log:is({ "cleanup 1", "cleanup 2", "cleanup 3", "scope raised" },
       "every child's cleanup ran before scope re-raised (SCOPE-3, SCOPE-4)")
tap.is(log:len(), 4, "nothing was cut short (SCOPE-4)")
