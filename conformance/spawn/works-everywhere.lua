--[[---
clause: SPAWN-11
description: spawn works in scope and with_timeout bodies, inside user coroutines and in close handlers, attaching as for the fiber
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

local in_body, in_wt, in_co, in_close
task.scope(function()
  in_body = task.spawn(function() task.sleep(tap.ms(10)) end)
  task.with_timeout(tap.ms(5000), function()
    in_wt = task.spawn(function() task.sleep(tap.ms(10)) end)
  end)
  tap.ok(in_wt:is_finished(), "a task spawned in a with_timeout body was drained by it (SPAWN-11, TIMEOUT-20)")
  local co = coroutine.wrap(function() in_co = task.spawn(function() task.sleep(tap.ms(10)) end) end)
  co()
  do
    local _ <close> = setmetatable({}, { __close = function()
      in_close = task.spawn(function() task.sleep(tap.ms(10)) end)
    end })
  end
end)
tap.ok(in_body:is_finished(), "spawned in a scope body: drained by the scope (SPAWN-11)")
tap.ok(in_co ~= nil, "spawn inside a user coroutine returned a Handle (SPAWN-11)")
tap.ok(in_co:is_finished(), "and that child attached to the scope of the fiber (SPAWN-11)")
tap.ok(in_close and in_close:is_finished(), "spawned in a <close> handler: attached and drained too (SPAWN-11)")
