--[[---
clause: CLOSE-13, TIMEOUT-8, TIMEOUT-22
description: a with_timeout deadline arriving while the body's <close> handler sleeps on its return wakes it at the deadline with "task cancelled", and with_timeout reports the timeout then
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local D = tap.ms(50)
local seen, w
w = task.spawn(function()
  return pcall(task.with_timeout, D, function()
    local _ <close> = setmetatable({}, { __close = function()
      seen = table.pack(pcall(task.sleep, tap.ms(60000)))
      seen.at = w:elapsed()
    end })
    return "returned"
  end, { grace_ms = tap.ms(60000) })
end)
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout reported the timeout (TIMEOUT-8)")
tap.is_deeply({ seen[1], seen[2] }, { false, "task cancelled" },
              "the handler's sleep raised \"task cancelled\" (CLOSE-13)")
tap.at(seen.at, D, "at the deadline (CLOSE-13, TIMEOUT-22)")
tap.at(w:elapsed(), D, "with_timeout returned at the deadline once the handler ended (TIMEOUT-4)")
