--[[---
clause: TIMEOUT-9, TIMEOUT-25, TIMEOUT-22, TIMEOUT-23
description: a child of the with_timeout that cancels the caller's enclosing scope in the middle of the grace period does not end the grace - the uncooperative body is aborted at deadline + grace, and with_timeout raises "task cancelled"
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

-- The child holds the caller's Scope; a root task raises `go` at
-- deadline + grace / 2, when the child cancels it and returns.
local D, G = tap.ms(100), tap.ms(240)
local go = false
local log = tap.log()
local w, child, born, returned_at
w = task.spawn(function()
  local res
  task.scope(function(outer)
    res = table.pack(pcall(task.with_timeout, D, function(s)
      local _ <close> = setmetatable({}, { __close = function() log("body") end })
      child = s:spawn(function()
        pcall(task.sleep, tap.ms(60000))
        while not go do pcall(task.yield) end
        outer:cancel()
        return "cancelled the caller's scope"
      end)
      born = w:elapsed()
      while true do pcall(task.yield) end
    end, { grace_ms = G }))
    returned_at = w:elapsed()
  end)
  return table.unpack(res, 1, res.n)
end)
task.spawn(function() task.sleep(D + G / 2); go = true end)
local ok, e = w:join()
tap.is_deeply({ ok, e }, { false, "task cancelled" }, "with_timeout raised the caller's cancellation (TIMEOUT-9)")
tap.is(child:join(), "cancelled the caller's scope", "the child returned normally")
tap.at(born + child:elapsed(), D + G / 2, "it cancelled the caller's scope in the middle of the grace period")
tap.is(log:str(), "body", "the uncooperative body was aborted, its handler run once (TIMEOUT-5)")
tap.at(returned_at, D + G, "at deadline + grace, not when the caller's scope was cancelled (TIMEOUT-25, TIMEOUT-22)")
