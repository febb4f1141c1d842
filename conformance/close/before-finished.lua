--[[---
clause: CLOSE-8
description: a task's close handlers have run before is_finished is true, before its joiners resume and before its scope's drain ends
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local log = tap.log()
local h
local in_handler_finished
local r = task.scope(function(s)
  h = s:spawn(function()
    local _ <close> = setmetatable({}, { __close = function()
      in_handler_finished = h:is_finished()
      log("closed")
    end })
    task.sleep(tap.ms(10))
  end)
  s:spawn(function() h:join(); log("joiner resumed") end)
  return "scope"
end)
log("drain ended")
tap.is(r, "scope", "the scope returned (SCOPE-2)")
tap.is(in_handler_finished, false, "inside the handler the task is not finished yet (CLOSE-8)")
log:is({ "closed", "joiner resumed", "drain ended" }, "the handler ran before the joiner and the drain end (CLOSE-8)")
tap.ok(h:is_finished(), "then the task is finished (CLOSE-8)")
