--[[---
clause: TIMEOUT-26, TIMEOUT-19, ABORT-2
description: a task spawned into the scope by an aborted child's <close> handler during stage 3 is created, never runs, is aborted, and with_timeout returns after it finished
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local D = tap.ms(100)
local late, spawn_ok, ran = nil, nil, false
local w = task.spawn(function()
  return pcall(task.with_timeout, D, function(s)
    s:spawn(function()
      local _ <close> = setmetatable({}, { __close = function()
        spawn_ok, late = pcall(s.spawn, s, function() ran = true end)
      end })
      while true do pcall(task.sleep, tap.ms(7)) end
    end)
    while true do pcall(task.sleep, tap.ms(7)) end
  end, { grace_ms = 0 })
end)
local ok, e = w:join()
local finished_then = spawn_ok and late:is_finished()
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout raised \"timed out\" (TIMEOUT-2)")
tap.is(spawn_ok, true, "Scope:spawn from the handler during stage 3 succeeded: the scope is still open (TIMEOUT-26)")
tap.is(finished_then, true, "the late task had finished when with_timeout returned (TIMEOUT-19, TIMEOUT-26)")
tap.is(ran, false, "its function never ran (TIMEOUT-26, ABORT-2)")
local okl, el = pcall(late.join, late)
tap.ok(not okl and tostring(el):find("task aborted", 1, true), "its join raises \"task aborted\" (TIMEOUT-26)")
tap.at(w:elapsed(), D, "with_timeout still returned at the deadline (TIMEOUT-22)")
