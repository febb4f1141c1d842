--[[---
clause: SCOPE-21
description: the drain waits for members that fail, are cancelled or are aborted exactly as for those that return
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local hs = {}
local inner
task.scope(function(s)
  hs.ret = s:spawn(function() task.sleep(tap.ms(10)); return 1 end)
  hs.fail = s:spawn(function() task.sleep(tap.ms(10)); error("failed", 0) end)
  hs.cancel = s:spawn(function()
    task.scope(function(x) inner = x; task.sleep(tap.ms(10000)) end)
    task.checkpoint()
  end)
  hs.abort = s:spawn(function() task.sleep(tap.ms(10000)) end)
  task.sleep(tap.ms(5))
  hs.abort:abort()
  inner:cancel()
end)
tap.ok(hs.ret:is_finished(), "the returning member finished before the drain ended (SCOPE-21)")
tap.ok(hs.fail:is_finished(), "so did the failing one (SCOPE-21)")
tap.ok(hs.cancel:is_finished(), "the cancelled one (SCOPE-21)")
tap.ok(hs.abort:is_finished(), "and the aborted one (SCOPE-21)")
